package dev.relance.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.relance.RelanceException;
import dev.relance.workbook.hostile.HostileFiles;

/**
 * Files that are not what their name claims, or not whole: each gets one line saying what the
 * file is and what to do, and is left unchanged.
 */
class MisnamedFileTest {

    @TempDir
    Path dir;

    @Test
    void csvSavedAsXlsxIsNamedAsText() throws IOException {
        Path file = Files.writeString(dir.resolve("factures.xlsx"), "Code client;Nom\nC001;Dupont\n");

        assertRejected(file, "factures.xlsx: it is a text file (a CSV export?) named like a workbook; open it in"
                + " Excel or LibreOffice Calc and save it as .xlsx");
    }

    @Test
    void htmlSavedAsXlsxIsNamedAsHtml() throws IOException {
        Path file = Files.writeString(dir.resolve("export.xlsx"), "\uFEFF<html><body><table><tr><td>C001</td>"
                + "</tr></table></body></html>");

        assertRejected(file, "export.xlsx: it is an HTML page named like a workbook; open it in Excel or LibreOffice"
                + " Calc and save it as .xlsx");
    }

    @Test
    void excel2003XmlIsNamedAndConversionExplained() throws IOException {
        Path file = Files.writeString(dir.resolve("old.xlsx"), "<?xml version=\"1.0\"?><Workbook xmlns="
                + "\"urn:schemas-microsoft-com:office:spreadsheet\"></Workbook>");

        assertRejected(file, "old.xlsx: it is an Excel 2003 XML spreadsheet, which Relance does not read; open it in"
                + " Excel or LibreOffice Calc and save it as .xlsx");
    }

    @Test
    void legacyXlsNamedXlsxIsRecognised() throws IOException {
        Path file = dir.resolve("ancien.xlsx");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Clients").createRow(0).createCell(0).setCellValue("Code client");
            workbook.write(out);
        }

        assertRejected(file, "ancien.xlsx: it is a legacy Excel 97-2003 workbook (.xls), which Relance does not"
                + " read; open it in Excel or LibreOffice Calc and save it as .xlsx");
    }

    @Test
    void legacyXlsExtensionExplainsConversion() throws IOException {
        Path file = Files.write(dir.resolve("ancien.xls"), new byte[] {1, 2, 3});

        assertRejected(file, "ancien.xls: a legacy Excel 97-2003 workbook (.xls) is not read; open it in Excel or"
                + " LibreOffice Calc and save it as .xlsx or .ods");
    }

    @Test
    void encryptedWorkbookSaysItHasAPassword() throws Exception {
        Path file = encrypt(plainXlsx(dir.resolve("plain.xlsx")), dir.resolve("secret.xlsx"));

        assertRejected(file, "secret.xlsx: the workbook is protected by a password; open it, remove the password"
                + " (in Excel: File > Info > Protect Workbook > Encrypt with Password) and save it");
    }

    @Test
    void truncatedZipIsReportedAsCutShort() throws IOException {
        Path whole = plainXlsx(dir.resolve("whole.xlsx"));
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

        assertRejectedStartingWith(file, "truncated.xlsx: the file is damaged: it starts as a zip archive, as"
                + " workbooks do, but its zip structure is cut short or corrupt (");
    }

    @Test
    void corruptEntryDataIsReportedOnOneLine() throws IOException {
        Path file = HostileFiles.xlsx().sheet(HostileFiles.worksheet(HostileFiles.repeat(
                "<row><c t=\"inlineStr\"><is><t>Dupont</t></is></c></row>", 2000)))
                .writeTo(dir.resolve("corrupt.xlsx"));
        byte[] bytes = Files.readAllBytes(file);
        int sheetData = indexOf(bytes, "xl/worksheets/sheet1.xml") + 200;
        for (int i = sheetData; i < sheetData + 64; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        Files.write(file, bytes);

        assertRejectedStartingWith(file, "corrupt.xlsx: ");
    }

    @Test
    void emptyFileSaysSo() throws IOException {
        Path file = Files.write(dir.resolve("vide.xlsx"), new byte[0]);

        assertRejected(file, "vide.xlsx: the file is empty (0 bytes); it may have been cut short while copying: take"
                + " the workbook from its original place or a backup");
    }

    @Test
    void workbookWithoutSheetsSaysSo() throws IOException {
        Path file = HostileFiles.xlsx().writeTo(dir.resolve("nosheet.xlsx"));

        assertRejected(file, "nosheet.xlsx: the workbook has no sheets; it needs a Clients and an Invoices sheet"
                + " (relance init creates an empty workbook with them)");
    }

    @Test
    void odsWithoutTablesSaysSo() throws IOException {
        Path file = HostileFiles.ods(dir.resolve("nosheet.ods"), HostileFiles.odsContent(HostileFiles.text("")));

        assertRejected(file, "nosheet.ods: the workbook has no sheets; it needs a Clients and an Invoices sheet"
                + " (relance init creates an empty workbook with them)");
    }

    @Test
    void xlsbExtensionExplainsConversion() throws IOException {
        Path file = zip(dir.resolve("binaire.xlsb"), "[Content_Types].xml", "xl/workbook.bin");

        assertRejected(file, "binaire.xlsb: an Excel binary workbook (.xlsb) is not read; open it in Excel or"
                + " LibreOffice Calc and save it as .xlsx or .ods");
    }

    @Test
    void xlsbNamedXlsxIsRecognised() throws IOException {
        Path file = zip(dir.resolve("binaire.xlsx"), "[Content_Types].xml", "xl/workbook.bin");

        assertRejected(file, "binaire.xlsx: it is an Excel binary workbook (.xlsb), which Relance does not read;"
                + " open it in Excel or LibreOffice Calc and save it as .xlsx");
    }

    @Test
    void numbersExtensionExplainsExport() throws IOException {
        Path file = zip(dir.resolve("Factures.numbers"), "Index/Document.iwa");

        assertRejected(file, "Factures.numbers: an Apple Numbers document is not read; export it from Numbers as"
                + " Excel (.xlsx)");
    }

    @Test
    void numbersNamedXlsxIsRecognised() throws IOException {
        Path file = zip(dir.resolve("Factures.xlsx"), "Index/Document.iwa", "Metadata/Properties.plist");

        assertRejected(file, "Factures.xlsx: it is an Apple Numbers document; export it from Numbers as Excel"
                + " (.xlsx)");
    }

    @Test
    void odsThatIsAZipOfSomethingElseSaysSo() throws IOException {
        Path file = zip(dir.resolve("photos.ods"), "IMG_0001.jpg", "IMG_0002.jpg");

        assertRejected(file, "photos.ods: it is a zip archive that holds no spreadsheet, not an OpenDocument"
                + " spreadsheet (.ods); check that you chose the right file");
    }

    @Test
    void xlsxNamedOdsAsksToRename() throws IOException {
        Path file = Files.copy(plainXlsx(dir.resolve("plain.xlsx")), dir.resolve("renamed.ods"));

        assertRejected(file, "renamed.ods: it is an Excel workbook with an .ods name; rename it to .xlsx");
    }

    @Test
    void odsNamedXlsxAsksToRename() throws IOException {
        Path file = HostileFiles.ods(dir.resolve("renamed.xlsx"), HostileFiles.odsContent(HostileFiles.text("")));

        assertRejected(file, "renamed.xlsx: it is an OpenDocument spreadsheet with an .xlsx name; rename it to .ods");
    }

    @Test
    void pdfNamedXlsxIsRecognised() throws IOException {
        Path file = Files.writeString(dir.resolve("facture.xlsx"), "%PDF-1.7\n%\u00e2\u00e3\n");

        assertRejected(file, "facture.xlsx: it is a PDF document, not an Excel workbook (.xlsx); check that you chose"
                + " the right file");
    }

    @Test
    void missingFileSaysSo() {
        Path file = dir.resolve("absent.xlsx");

        assertThatThrownBy(() -> Workbooks.read(file))
                .isInstanceOfSatisfying(RelanceException.class, e -> assertThat(e.userMessage())
                        .isEqualTo("absent.xlsx: the file does not exist"));
    }

    @Test
    void folderNamedLikeAWorkbookSaysSo() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("dossier.xlsx"));

        assertThatThrownBy(() -> Workbooks.read(folder))
                .isInstanceOfSatisfying(RelanceException.class, e -> assertThat(e.userMessage())
                        .isEqualTo("dossier.xlsx: it is a folder, not a workbook file"));
    }

    private static void assertRejected(Path file, String expected) throws IOException {
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Workbooks.read(file))
                .isInstanceOfSatisfying(RelanceException.class, e -> assertThat(e.userMessage()).isEqualTo(expected));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private static void assertRejectedStartingWith(Path file, String expected) throws IOException {
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Workbooks.read(file))
                .isInstanceOfSatisfying(RelanceException.class, e -> assertThat(e.userMessage())
                        .startsWith(expected).doesNotContain("\n"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private static Path plainXlsx(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Clients").createRow(0).createCell(0).setCellValue("Code client");
            workbook.write(out);
        }
        return file;
    }

    private static Path encrypt(Path plain, Path encrypted) throws Exception {
        try (POIFSFileSystem ole2 = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (InputStream in = Files.newInputStream(plain); OPCPackage opc = OPCPackage.open(in);
                    OutputStream out = encryptor.getDataStream(ole2)) {
                opc.save(out);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                ole2.writeFilesystem(out);
            }
        }
        return encrypted;
    }

    private static Path zip(Path file, String... entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("x".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static int indexOf(byte[] bytes, String text) {
        byte[] pattern = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new AssertionError(text + " not found");
    }
}
