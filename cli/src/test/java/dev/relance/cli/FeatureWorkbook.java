package dev.relance.cli;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataConsolidateFunction;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Writes, with Apache POI, a Relance workbook that uses the features users keep in their files:
 * styles, comments, data validation and conditional formatting on the Clients sheet, frozen
 * panes, the history as an Excel table, sheet protection, defined names, formulas that read the
 * Clients sheet, a chart, a pivot table, merged cells, an image and a hidden sheet.
 *
 * <p>As of 2026-12-04 a run reminds C001 (two overdue invoices, reminded once on 2026-11-04) and
 * C002 (one), writing three history rows; C003's invoice is not due yet.
 */
final class FeatureWorkbook {

    /** The history rows of the run on 2026-12-04. */
    static final int NEW_HISTORY_ROWS = 3;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final XSSFCellStyle dateStyle;
    private final XSSFCellStyle headerStyle;

    private FeatureWorkbook(boolean date1904) {
        if (date1904) {
            var properties = workbook.getCTWorkbook().isSetWorkbookPr()
                    ? workbook.getCTWorkbook().getWorkbookPr()
                    : workbook.getCTWorkbook().addNewWorkbookPr();
            properties.setDate1904(true);
        }
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        headerStyle = workbook.createCellStyle();
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /** Writes the workbook; with {@code date1904}, its dates count from 1904 as on old Macs. */
    static Path write(Path file, boolean date1904) throws IOException {
        FeatureWorkbook features = new FeatureWorkbook(date1904);
        features.build();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            features.workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            features.workbook.write(out);
        }
        features.workbook.close();
        return file;
    }

    private void build() throws IOException {
        XSSFSheet clients = clients();
        XSSFSheet invoices = invoices();
        name("ListeClients", "Clients!$A$2:$A$4");
        name("TotalFactures", "Factures!$E$2:$E$5");
        history();
        summary(invoices);
        pivot(invoices);
        notes();
        XSSFSheet internal = workbook.createSheet("Interne");
        internal.createRow(0).createCell(0).setCellValue("sheet hidden from the tabs");
        workbook.setSheetHidden(workbook.getSheetIndex(internal), true);
        clients.createFreezePane(0, 1);
    }

    private XSSFSheet clients() {
        XSSFSheet sheet = workbook.createSheet("Clients");
        header(sheet, "Code client", "Raison sociale", "Ville", "E-mail", "Dernière relance",
                "Dernier niveau");
        row(sheet, 1, "C001", "Boulangerie Dupont", "Lyon", "compta@dupont.fr",
                LocalDate.of(2026, 11, 4), 1);
        row(sheet, 2, "C002", "Garage Martin", "Grenoble", "", null, null);
        row(sheet, 3, "C003", "Fleurs Petit", "Annecy", "", null, null);

        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFComment comment = drawing.createCellComment(new XSSFClientAnchor(0, 0, 0, 0, 7, 1, 10, 5));
        comment.setString(new XSSFRichTextString("Client depuis 2019"));
        comment.setAuthor("Compta");
        sheet.getRow(1).getCell(0).setCellComment(comment);

        DataValidationHelper validation = sheet.getDataValidationHelper();
        DataValidation levels = validation.createValidation(
                validation.createExplicitListConstraint(new String[] {"1", "2", "3"}),
                new CellRangeAddressList(1, 200, 5, 5));
        sheet.addValidationData(levels);

        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule high = formatting.createConditionalFormattingRule(
                ComparisonOperator.GE, "3");
        high.createFontFormatting().setFontColorIndex(IndexedColors.RED.getIndex());
        formatting.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("F2:F200")},
                high);
        widen(sheet, 6);
        return sheet;
    }

    private XSSFSheet invoices() {
        XSSFSheet sheet = workbook.createSheet("Factures");
        header(sheet, "N° facture", "Code client", "Date facture", "Échéance", "Montant TTC",
                "Devise");
        row(sheet, 1, "F-101", "C001", LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 15), 1250.0, "EUR");
        row(sheet, 2, "F-102", "C001", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1), 300.0, "EUR");
        row(sheet, 3, "F-103", "C002", LocalDate.of(2026, 10, 10), LocalDate.of(2026, 11, 10), 480.5, "EUR");
        row(sheet, 4, "F-104", "C003", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 10), 99.0, "EUR");
        sheet.protectSheet("relance");
        widen(sheet, 6);
        return sheet;
    }

    private void history() {
        XSSFSheet sheet = workbook.createSheet("Relances");
        header(sheet, "Date", "Lot", "Client", "Facture", "Niveau", "Solde", "Devise", "Lettre",
                "Niveau précédent", "Relance précédente");
        row(sheet, 1, LocalDate.of(2026, 11, 4), "2026-11-04", "C001", "F-101", 1, 1250.0, "EUR",
                "2026-11-04_C001_EUR_level-1.pdf", 0, null);
        XSSFTable table = sheet.createTable(new AreaReference("A1:J2", SpreadsheetVersion.EXCEL2007));
        table.setName("Historique");
        table.setDisplayName("Historique");
        table.getCTTable().addNewAutoFilter().setRef("A1:J2");
        sheet.createFreezePane(0, 1);
        widen(sheet, 10);
    }

    private void summary(XSSFSheet invoices) {
        XSSFSheet sheet = workbook.createSheet("Synthèse");
        sheet.createRow(0).createCell(0).setCellValue("Clients");
        sheet.getRow(0).createCell(1).setCellFormula("COUNTA(Clients!A2:A100)");
        sheet.createRow(1).createCell(0).setCellValue("Total facturé");
        sheet.getRow(1).createCell(1).setCellFormula("SUM(TotalFactures)");

        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(new XSSFClientAnchor(0, 0, 0, 0, 3, 1, 10, 16));
        chart.setTitleText("Factures");
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        XDDFDataSource<String> numbers = XDDFDataSourcesFactory.fromStringCellRange(invoices,
                new CellRangeAddress(1, 4, 0, 0));
        XDDFNumericalDataSource<Double> amounts = XDDFDataSourcesFactory.fromNumericCellRange(invoices,
                new CellRangeAddress(1, 4, 4, 4));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
        bars.setBarDirection(BarDirection.COL);
        bars.addSeries(numbers, amounts);
        chart.plot(bars);
    }

    private void pivot(XSSFSheet invoices) {
        XSSFSheet sheet = workbook.createSheet("Pivot");
        var table = sheet.createPivotTable(new AreaReference("A1:F5", SpreadsheetVersion.EXCEL2007),
                new CellReference("A3"), invoices);
        table.addRowLabel(1);
        table.addColumnLabel(DataConsolidateFunction.SUM, 4);
    }

    private void notes() throws IOException {
        XSSFSheet sheet = workbook.createSheet("Notes");
        sheet.createRow(0).createCell(0).setCellValue("Relances de fin d'année");
        sheet.getRow(0).getCell(0).setCellStyle(headerStyle);
        sheet.addMergedRegion(CellRangeAddress.valueOf("A1:D1"));
        sheet.createRow(2).createCell(0).setCellValue("Logo :");
        int picture = workbook.addPicture(logo(), Workbook.PICTURE_TYPE_PNG);
        sheet.createDrawingPatriarch().createPicture(new XSSFClientAnchor(0, 0, 0, 0, 1, 2, 3, 6), picture);
    }

    private static byte[] logo() throws IOException {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, (x + y) % 2 == 0 ? Color.ORANGE.getRGB() : Color.BLUE.getRGB());
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private void name(String name, String formula) {
        Name defined = workbook.createName();
        defined.setNameName(name);
        defined.setRefersToFormula(formula);
    }

    private void header(XSSFSheet sheet, String... titles) {
        XSSFRow row = sheet.createRow(0);
        for (int column = 0; column < titles.length; column++) {
            row.createCell(column).setCellValue(titles[column]);
            row.getCell(column).setCellStyle(headerStyle);
        }
    }

    private void row(XSSFSheet sheet, int index, Object... values) {
        XSSFRow row = sheet.createRow(index);
        for (int column = 0; column < values.length; column++) {
            Object value = values[column];
            if (value instanceof LocalDate date) {
                row.createCell(column).setCellValue(date);
                row.getCell(column).setCellStyle(dateStyle);
            } else if (value instanceof Number number) {
                row.createCell(column).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(column).setCellValue(value.toString());
            }
        }
    }

    private static void widen(XSSFSheet sheet, int columns) {
        for (int column = 0; column < columns; column++) {
            sheet.setColumnWidth(column, 16 * 256);
        }
    }
}
