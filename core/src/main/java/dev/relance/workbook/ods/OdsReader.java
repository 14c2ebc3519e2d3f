package dev.relance.workbook.ods;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.relance.RelanceException;
import dev.relance.workbook.FileKind;
import dev.relance.workbook.Sheet;
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
        FileKind.requireReadableAs(file, WorkbookFormat.ODS);
        try (OdsPackage ods = OdsPackage.open(file)) {
            // ODS stores dates as dates, so there is no serial epoch to flag
            return new Workbook(WorkbookFormat.ODS, readSheets(ods), false);
        } catch (RelanceException e) {
            throw e.inFile(file);
        } catch (RuntimeException e) {
            // a library failing on a damaged file must still reach the user as one clear line
            throw new RelanceException("not a readable ODS file: " + String.valueOf(e.getMessage())
                    .lines().findFirst().orElse(e.getClass().getSimpleName()).strip(), file, null, null,
                    null, e);
        }
    }

    private static List<Sheet> readSheets(OdsPackage ods) {
        try (InputStream content = ods.openEntry(OdsPackage.CONTENT)) {
            XMLStreamReader xml = OdfXml.reader(content, OdsPackage.CONTENT);
            try {
                return new ContentParser(xml, ods.limits()).readSheets();
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
