package dev.relance.workbook.ods;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.relance.RelanceException;
import dev.relance.workbook.FileKind;
import dev.relance.workbook.ReadLimits;
import dev.relance.workbook.SheetSelector;
import dev.relance.workbook.SheetsKept;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookFormat;
import dev.relance.workbook.WorkbookReader;

/**
 * Reads an OpenDocument spreadsheet by streaming its {@code content.xml}. Repeated empty rows
 * and cells, which LibreOffice writes up to the sheet's last row and column, are counted and
 * never expanded, so a sheet saved by LibreOffice reads in time proportional to its data.
 */
public final class OdsReader implements WorkbookReader {

    @Override
    public Workbook read(Path file) {
        SheetsKept kept = new SheetsKept();
        read(file, ReadLimits.MAX_UNCOMPRESSED_BYTES, kept);
        // ODS stores dates as dates, so there is no serial epoch to flag
        return new Workbook(WorkbookFormat.ODS, kept.sheets(), false);
    }

    /**
     * Streams the tables of {@code content.xml} in tab order, the only order the file allows: a
     * selector's wish to read a sheet last cannot be honoured without reading the file twice.
     */
    @Override
    public void stream(Path file, SheetSelector selector) {
        read(file, ReadLimits.MAX_STREAMED_BYTES, selector);
    }

    private static void read(Path file, long maxBytes, SheetSelector selector) {
        FileKind.requireReadableAs(file, WorkbookFormat.ODS);
        try (OdsPackage ods = OdsPackage.open(file, maxBytes)) {
            readSheets(ods, selector);
        } catch (RelanceException e) {
            throw e.inFile(file);
        } catch (RuntimeException e) {
            // a library failing on a damaged file must still reach the user as one clear line
            throw new RelanceException("not a readable ODS file: " + String.valueOf(e.getMessage())
                    .lines().findFirst().orElse(e.getClass().getSimpleName()).strip(), file, null, null,
                    null, e);
        }
    }

    private static void readSheets(OdsPackage ods, SheetSelector selector) {
        if (!scanSheets(ods, selector)) {
            parseSheets(ods, selector);
        }
    }

    /**
     * Reads the sheets from the tokens of {@code content.xml}; returns false, having read no
     * sheet, when the part's start shows it is not in the shape {@link ContentTokens} reads.
     */
    private static boolean scanSheets(OdsPackage ods, SheetSelector selector) {
        try (InputStream content = ods.openCountedEntry(OdsPackage.CONTENT)) {
            ContentTokens tokens = new ContentTokens(content, OdsPackage.CONTENT, ods.limits());
            if (!tokens.readRoot()) {
                return false;
            }
            new ContentScanner(tokens, ods.limits()).stream(selector);
            return true;
        } catch (XMLStreamException e) {
            throw ods.malformed(OdsPackage.CONTENT, e);
        } catch (IOException e) {
            throw ods.failure("cannot read " + OdsPackage.CONTENT + ": " + e.getMessage(), e);
        }
    }

    private static void parseSheets(OdsPackage ods, SheetSelector selector) {
        try (InputStream content = ods.openEntry(OdsPackage.CONTENT)) {
            XMLStreamReader xml = OdfXml.reader(content, OdsPackage.CONTENT);
            try {
                new ContentParser(xml, ods.limits()).stream(selector);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw ods.malformed(OdsPackage.CONTENT, e);
        } catch (IOException e) {
            throw ods.failure("cannot read " + OdsPackage.CONTENT + ": " + e.getMessage(), e);
        }
    }
}
