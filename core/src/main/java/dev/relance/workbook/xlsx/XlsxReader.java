package dev.relance.workbook.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.relance.RelanceException;
import dev.relance.workbook.FileKind;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookFormat;
import dev.relance.workbook.WorkbookReader;

/**
 * Reads an {@code .xlsx} or {@code .xlsm} file by streaming its XML parts, without loading a
 * sheet into a tree. Parts are found through the package relationships, not by their usual
 * names. Worksheets are read in tab order; chart sheets and dialog sheets hold no cells and are
 * left out.
 */
public final class XlsxReader implements WorkbookReader {

    @Override
    public Workbook read(Path file) {
        FileKind.requireReadableAs(file, WorkbookFormat.XLSX);
        try (XlsxPackage xlsx = XlsxPackage.open(file)) {
            return read(xlsx);
        } catch (IOException e) {
            throw new RelanceException("cannot read the workbook: " + XlsxPackage.oneLine(e), file,
                    null, null, null, e);
        } catch (RelanceException e) {
            throw e.inFile(file);
        } catch (RuntimeException e) {
            // A library failing on a damaged file must still reach the user as one clear line.
            throw new RelanceException("cannot read the workbook: " + XlsxPackage.oneLine(e), file,
                    null, null, null, e);
        }
    }

    private static Workbook read(XlsxPackage xlsx) {
        String workbookPartName = xlsx.workbookPartName();
        WorkbookPart workbook = xlsx.parse(workbookPartName, WorkbookPart::parse);
        Relationships relationships = xlsx.relationships(workbookPartName);

        SharedStrings strings = findPart(relationships, Ooxml.SHARED_STRINGS, xlsx)
                .map(part -> xlsx.parse(part, SharedStrings::parse))
                .orElse(SharedStrings.none());
        CellStyles styles = readStyles(xlsx, relationships);

        List<Sheet> sheets = new ArrayList<>();
        for (WorkbookPart.SheetEntry entry : workbook.sheets()) {
            Relationship relationship = requireSheetRelationship(xlsx, relationships, entry);
            if (Ooxml.hasRelationshipType(relationship.type(), Ooxml.WORKSHEET)) {
                SheetParser parser = new SheetParser(xlsx, entry.name(), strings, styles,
                        workbook.date1904());
                sheets.add(xlsx.parse(relationship.target(),
                        reader -> parser.parse(reader, entry.hidden())));
            }
        }
        return new Workbook(WorkbookFormat.XLSX, sheets, workbook.date1904());
    }

    /** Reads the cell formats, or none when the workbook has no styles part. */
    static CellStyles readStyles(XlsxPackage xlsx, Relationships relationships) {
        return findPart(relationships, Ooxml.STYLES, xlsx)
                .map(part -> xlsx.parse(part, CellStyles::parse))
                .orElse(CellStyles.none());
    }

    /** Finds the part of a relationship type, when the relationship and its part both exist. */
    private static Optional<String> findPart(Relationships relationships, String type,
            XlsxPackage xlsx) {
        return relationships.findByType(type).map(Relationship::target).filter(xlsx::hasPart);
    }

    static Relationship requireSheetRelationship(XlsxPackage xlsx, Relationships relationships,
            WorkbookPart.SheetEntry entry) {
        return relationships.findById(entry.relationshipId())
                .filter(relationship -> !relationship.external())
                .orElseThrow(() -> new RelanceException("the workbook is damaged: sheet "
                        + entry.name() + " has no part (relationship '" + entry.relationshipId()
                        + "' not found)", xlsx.file(), entry.name(), null, null, null));
    }
}
