package dev.relance.workbook.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.relance.RelanceException;
import dev.relance.workbook.FileKind;
import dev.relance.workbook.ReadLimits;
import dev.relance.workbook.RowSink;
import dev.relance.workbook.SheetSelector;
import dev.relance.workbook.SheetsKept;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookFormat;
import dev.relance.workbook.WorkbookReader;

/**
 * Reads an {@code .xlsx} or {@code .xlsm} file by streaming its XML parts, without loading a
 * sheet into a tree. Parts are found through the package relationships, not by their usual
 * names. Worksheets come in tab order; chart sheets and dialog sheets hold no cells and are
 * left out. Each sheet is a part of its own, so a sheet the selector does not select is never
 * opened, and a sheet the selector requests last is read after the others.
 */
public final class XlsxReader implements WorkbookReader {

    @Override
    public Workbook read(Path file) {
        SheetsKept kept = new SheetsKept();
        read(file, ReadLimits.MAX_UNCOMPRESSED_BYTES, kept);
        return new Workbook(WorkbookFormat.XLSX, kept.sheets(), kept.date1904());
    }

    @Override
    public void stream(Path file, SheetSelector selector) {
        read(file, ReadLimits.MAX_STREAMED_BYTES, selector);
    }

    private static void read(Path file, long maxBytes, SheetSelector selector) {
        FileKind.requireReadableAs(file, WorkbookFormat.XLSX);
        try (XlsxPackage xlsx = XlsxPackage.open(file, maxBytes)) {
            stream(xlsx, selector);
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

    /** A worksheet chosen for reading, with its part and where its rows go. */
    private record Chosen(String name, String partName, RowSink sink, boolean last) {
    }

    private static void stream(XlsxPackage xlsx, SheetSelector selector) {
        String workbookPartName = xlsx.workbookPartName();
        WorkbookPart workbook = xlsx.parse(workbookPartName, WorkbookPart::parse);
        Relationships relationships = xlsx.relationships(workbookPartName);
        selector.start(WorkbookFormat.XLSX, workbook.date1904());

        List<Chosen> chosen = choose(xlsx, workbook, relationships, selector);
        if (chosen.isEmpty()) {
            return;
        }
        SharedStrings strings = findPart(relationships, Ooxml.SHARED_STRINGS, xlsx)
                .map(part -> xlsx.parse(part, SharedStrings::parse))
                .orElse(SharedStrings.none());
        CellStyles styles = readStyles(xlsx, relationships);
        List<Chosen> inOrder = new ArrayList<>(chosen.stream().filter(sheet -> !sheet.last()).toList());
        inOrder.addAll(chosen.stream().filter(Chosen::last).toList());
        for (Chosen sheet : inOrder) {
            new SheetParser(xlsx, sheet.name(), strings, styles, workbook.date1904())
                    .stream(sheet.partName(), sheet.sink());
        }
    }

    /** Asks the selector about every worksheet, in tab order, before any is read. */
    private static List<Chosen> choose(XlsxPackage xlsx, WorkbookPart workbook,
            Relationships relationships, SheetSelector selector) {
        List<Chosen> chosen = new ArrayList<>();
        int position = 0;
        for (WorkbookPart.SheetEntry entry : workbook.sheets()) {
            Relationship relationship = requireSheetRelationship(xlsx, relationships, entry);
            if (!Ooxml.hasRelationshipType(relationship.type(), Ooxml.WORKSHEET)) {
                continue;
            }
            int at = position++;
            Optional<RowSink> sink = selector.select(entry.name(), entry.hidden(), at);
            if (sink.isPresent()) {
                chosen.add(new Chosen(entry.name(), relationship.target(), sink.get(),
                        selector.readLast(entry.name(), entry.hidden(), at)));
            }
        }
        return chosen;
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
