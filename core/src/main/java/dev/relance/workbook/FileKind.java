package dev.relance.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import dev.relance.RelanceException;

/**
 * The kind of a file, found from its content rather than its name, so that a file that is not
 * what its extension claims gets a message naming what it is and what to do.
 */
public enum FileKind {
    XLSX("an Excel workbook (.xlsx)"),
    ODS("an OpenDocument spreadsheet (.ods)"),
    XLSB("an Excel binary workbook (.xlsb)"),
    NUMBERS("an Apple Numbers document"),
    OTHER_ZIP("a zip archive that holds no spreadsheet"),
    ENCRYPTED("a password-protected workbook"),
    LEGACY_XLS("a legacy Excel 97-2003 workbook (.xls)"),
    OTHER_OLE2("an Office 97-2003 file that is damaged or not a workbook"),
    HTML("an HTML page"),
    XML_2003("an Excel 2003 XML spreadsheet"),
    XML("an XML file"),
    PDF("a PDF document"),
    TEXT("a text file (a CSV export?)"),
    EMPTY("an empty file"),
    UNKNOWN("not a workbook");

    private static final byte[] ZIP = {'P', 'K'};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
        (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] PDF_START = {'%', 'P', 'D', 'F'};
    private static final int SNIFF_BYTES = 4096;

    private final String description;

    FileKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /**
     * Checks that the file contains what its extension promises, before a reader opens it. A file
     * that is something else fails with a message naming what it is and what to do with it.
     */
    public static void requireReadableAs(Path file, WorkbookFormat format) {
        FileKind kind = of(file);
        FileKind expected = format == WorkbookFormat.XLSX ? XLSX : ODS;
        if (kind == expected) {
            return;
        }
        throw new RelanceException(kind.message(format), file, null, null, null, null);
    }

    /** Finds what the file contains from its first bytes and, for a zip, from its entry names. */
    public static FileKind of(Path file) {
        byte[] start = readStart(file);
        if (start.length == 0) {
            return EMPTY;
        }
        if (startsWith(start, ZIP)) {
            return ofZip(file);
        }
        if (startsWith(start, OLE2)) {
            return ofOle2(file);
        }
        if (startsWith(start, PDF_START)) {
            return PDF;
        }
        return ofText(start);
    }

    /** Returns the message for a file of this kind where a workbook of the format was expected. */
    String message(WorkbookFormat format) {
        String saveAs = format == WorkbookFormat.XLSX ? ".xlsx" : ".ods";
        return switch (this) {
            case XLSX -> "it is an Excel workbook with an " + saveAs + " name; rename it to .xlsx";
            case ODS -> "it is an OpenDocument spreadsheet with an " + saveAs + " name; rename it to .ods";
            case EMPTY -> "the file is empty (0 bytes); it may have been cut short while copying:"
                    + " take the workbook from its original place or a backup";
            case ENCRYPTED -> "the workbook is protected by a password; open it, remove the password"
                    + " (in Excel: File > Info > Protect Workbook > Encrypt with Password) and save it";
            case LEGACY_XLS, XLSB, XML_2003 -> "it is " + description + ", which Relance does not read;"
                    + " open it in Excel or LibreOffice Calc and save it as " + saveAs;
            case NUMBERS -> "it is " + description + "; export it from Numbers as Excel (.xlsx)";
            case HTML, TEXT -> "it is " + description + " named like a workbook; open it in Excel or"
                    + " LibreOffice Calc and save it as " + saveAs;
            case OTHER_ZIP, OTHER_OLE2, XML, PDF, UNKNOWN -> "it is " + description + ", not "
                    + (format == WorkbookFormat.XLSX ? XLSX : ODS).description + "; check that you chose the"
                    + " right file";
        };
    }

    private static FileKind ofZip(Path file) {
        Set<String> names = new TreeSet<>();
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                names.add(entry.getName().toLowerCase(Locale.ROOT));
            }
        } catch (IOException | RuntimeException e) {
            throw new RelanceException("the file is damaged: it starts as a zip archive, as workbooks do,"
                    + " but its zip structure is cut short or corrupt (" + oneLine(e) + "); take the"
                    + " workbook from its original place or a backup", file, null, null, null, e);
        }
        if (names.contains("xl/workbook.bin")) {
            return XLSB;
        }
        if (names.contains("[content_types].xml") || names.stream().anyMatch(n -> n.startsWith("xl/"))) {
            return XLSX;
        }
        if (names.contains("content.xml") || names.contains("mimetype")) {
            return ODS;
        }
        if (names.stream().anyMatch(n -> n.startsWith("index/") && n.endsWith(".iwa"))) {
            return NUMBERS;
        }
        return OTHER_ZIP;
    }

    private static FileKind ofOle2(Path file) {
        try (POIFSFileSystem ole2 = new POIFSFileSystem(file.toFile(), true)) {
            Set<String> names = new TreeSet<>();
            ole2.getRoot().getEntryNames().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
            if (names.contains("encryptedpackage") || names.contains("encryptioninfo")) {
                return ENCRYPTED;
            }
            if (names.contains("workbook") || names.contains("book")) {
                return LEGACY_XLS;
            }
            return OTHER_OLE2;
        } catch (IOException | RuntimeException e) {
            // a damaged compound file: it cannot be read either way
            return OTHER_OLE2;
        }
    }

    private static FileKind ofText(byte[] start) {
        String text = new String(start, StandardCharsets.ISO_8859_1).replace("\uFEFF", "")
                .replace("\u00EF\u00BB\u00BF", "").strip().toLowerCase(Locale.ROOT);
        if (text.startsWith("<")) {
            if (text.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
                return XML_2003;
            }
            return List.of("<html", "<!doctype html", "<table", "<head", "<body").stream()
                    .anyMatch(text::contains) ? HTML : XML;
        }
        long control = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r').count();
        return control == 0 ? TEXT : UNKNOWN;
    }

    private static byte[] readStart(Path file) {
        if (Files.isDirectory(file)) {
            throw new RelanceException("it is a folder, not a workbook file", file, null, null, null, null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (NoSuchFileException e) {
            throw new RelanceException("the file does not exist", file, null, null, null, e);
        } catch (IOException e) {
            throw new RelanceException("cannot read the file: " + oneLine(e), file, null, null, null, e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
