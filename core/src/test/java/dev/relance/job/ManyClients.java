package dev.relance.job;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookFormat;

/**
 * A workbook of clients C01, C02... each owing one invoice due on 2026-10-15, so that a run on
 * 2026-12-04 writes one level-1 letter per client. Every third client reads English, every
 * fourth has no e-mail address, and every fifth has an e-mail cell that is not an address, which
 * gives a warning and no draft.
 */
final class ManyClients {

    static final LocalDate AS_OF = LocalDate.parse("2026-12-04");
    private static final LocalDate DUE = LocalDate.parse("2026-10-15");
    private static final List<String> CLIENT_HEADERS = List.of("Code client", "Raison sociale",
            "Adresse", "Code postal", "Ville", "E-mail", "Langue");
    private static final List<String> INVOICE_HEADERS = List.of("N° facture", "Code client",
            "Date facture", "Échéance", "Montant TTC");

    private ManyClients() {
    }

    /** Returns the workbook as read, with {@code count} clients. */
    static Workbook workbook(int count) {
        List<Row> clients = new ArrayList<>(List.of(textRow(0, CLIENT_HEADERS)));
        List<Row> invoices = new ArrayList<>(List.of(textRow(0, INVOICE_HEADERS)));
        for (int n = 1; n <= count; n++) {
            clients.add(textRow(n, clientRow(n)));
            invoices.add(new Row(n, List.of(text("F-" + n), text(code(n)),
                    new CellValue.DateValue(DUE.minusDays(30)), new CellValue.DateValue(DUE),
                    new CellValue.Number(new BigDecimal(100 + n + ".50")))));
        }
        return new Workbook(WorkbookFormat.XLSX, List.of(new Sheet("Clients", false, clients),
                new Sheet("Factures", false, invoices)), false);
    }

    /** Writes the same workbook as an {@code .xlsx} file. */
    static Path write(Path file, int count) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            XSSFSheet clients = workbook.createSheet("Clients");
            XSSFSheet invoices = workbook.createSheet("Factures");
            writeTexts(clients, 0, CLIENT_HEADERS);
            writeTexts(invoices, 0, INVOICE_HEADERS);
            for (int n = 1; n <= count; n++) {
                writeTexts(clients, n, clientRow(n));
                org.apache.poi.ss.usermodel.Row row = invoices.createRow(n);
                row.createCell(0).setCellValue("F-" + n);
                row.createCell(1).setCellValue(code(n));
                row.createCell(2).setCellValue(DUE.minusDays(30));
                row.getCell(2).setCellStyle(date);
                row.createCell(3).setCellValue(DUE);
                row.getCell(3).setCellStyle(date);
                row.createCell(4).setCellValue(100 + n + 0.5);
            }
            workbook.write(out);
        }
        return file;
    }

    static String code(int n) {
        return String.format("C%02d", n);
    }

    private static List<String> clientRow(int n) {
        String language = n % 3 == 0 ? "en" : "fr";
        return List.of(code(n), "Client " + n + " SARL", n + " rue des Lilas", "69002", "Lyon",
                email(n), language);
    }

    private static String email(int n) {
        if (n % 4 == 0) {
            return "";
        }
        if (n % 5 == 0) {
            return "compta" + n + " at example";
        }
        return "compta" + n + "@example.com";
    }

    private static void writeTexts(XSSFSheet sheet, int index, List<String> texts) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(index);
        for (int column = 0; column < texts.size(); column++) {
            row.createCell(column).setCellValue(texts.get(column));
        }
    }

    private static Row textRow(int index, List<String> texts) {
        return new Row(index, texts.stream().map(ManyClients::text).toList());
    }

    private static CellValue text(String text) {
        return new CellValue.Text(text);
    }
}
