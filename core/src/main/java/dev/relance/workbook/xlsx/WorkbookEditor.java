package dev.relance.workbook.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

import dev.relance.RelanceException;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookEdit.CellWrite;
import dev.relance.workbook.WorkbookEdit.SheetEdit;

/**
 * Works out which parts of a package a {@link WorkbookEdit} changes, adds and removes, and
 * computes their new content. Nothing is written until every edit has been checked.
 */
final class WorkbookEditor {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String TABLE = "table";

    /** Characters Excel does not allow in a sheet name. */
    private static final Pattern FORBIDDEN_IN_SHEET_NAME = Pattern.compile("[\\[\\]:*?/\\\\]");
    private static final int MAX_SHEET_NAME_LENGTH = 31;

    /**
     * The largest sheet part, uncompressed, that the recalculation check reads when the run does
     * not write to it: about 16,000 rows of 10 cells. The save copies such a sheet without
     * inflating it, so reading it would cost time in proportion to its size (seconds for a million
     * rows). A larger sheet is not read at all: it counts as possibly reading a written sheet, and
     * the workbook is marked for recalculation, which costs one recalculation when it is opened.
     */
    static final long MAX_SCANNED_SHEET_BYTES = 8L << 20;

    private final XlsxPackage xlsx;
    private final String workbookPartName;
    private final WorkbookPart workbook;
    private final Relationships relationships;
    private final CellStyles styles;

    private final PackageChanges changes = new PackageChanges();
    private final PartEdit workbookEdit = new PartEdit("sheets");
    private final PartEdit relationshipsEdit = new PartEdit("Relationships");
    private final PartEdit contentTypesEdit = new PartEdit("Types");
    private final Set<String> usedRelationshipIds = new HashSet<>();
    /** Whether each rewritten sheet part may contain a formula, by part name. */
    private final Map<String, Boolean> writtenSheetFormulas = new HashMap<>();
    private int dateStyle = -1;
    private boolean formulaOverwritten;

    WorkbookEditor(XlsxPackage xlsx) {
        this.xlsx = xlsx;
        this.workbookPartName = xlsx.workbookPartName();
        this.workbook = xlsx.parse(workbookPartName, WorkbookPart::parse);
        this.relationships = xlsx.relationships(workbookPartName);
        this.styles = XlsxReader.readStyles(xlsx, relationships);
        relationships.all().forEach(relationship -> usedRelationshipIds.add(relationship.id()));
    }

    /** Returns the changes that apply the edit. */
    PackageChanges apply(WorkbookEdit edit) {
        Map<String, SheetEdit> sheetEdits = mergeBySheet(edit);
        sheetEdits.values().forEach(this::check);

        if (writesDates(sheetEdits)) {
            dateStyle = provideDateStyle();
        }
        long sheetId = workbook.maxSheetId();
        for (SheetEdit sheetEdit : sheetEdits.values()) {
            if (sheetEdit.create()) {
                addSheet(sheetEdit, ++sheetId);
            } else {
                editSheet(sheetEdit);
            }
        }
        if (formulaOverwritten) {
            dropCalculationChain();
        }

        applyPartEdits(needsRecalculation(sheetEdits.keySet()));
        return changes;
    }

    /** Merges the edits of one sheet into one, in order, so that a later write wins. */
    private static Map<String, SheetEdit> mergeBySheet(WorkbookEdit edit) {
        Map<String, SheetEdit> merged = new LinkedHashMap<>();
        for (SheetEdit sheetEdit : edit.sheets()) {
            merged.merge(sheetEdit.sheetName(), sheetEdit, (first, later) -> {
                List<CellWrite> cells = new ArrayList<>(first.cells());
                cells.addAll(later.cells());
                return new SheetEdit(first.sheetName(), first.create() || later.create(), cells);
            });
        }
        return merged;
    }

    private void check(SheetEdit sheetEdit) {
        String name = sheetEdit.sheetName();
        if (sheetEdit.create()) {
            // Excel compares sheet names without regard to case, and rejects a file with two
            // sheets whose names differ only in case.
            workbook.sheets().stream()
                    .filter(sheet -> sheet.name().equalsIgnoreCase(name))
                    .findFirst()
                    .ifPresent(sheet -> {
                        throw sheetError("cannot add sheet " + name + ": the workbook already has a"
                                + " sheet named " + sheet.name(), name);
                    });
            checkNewSheetName(name);
        } else {
            requireWorksheetPart(name);
        }
    }

    /** Rejects a name that Excel would not accept for a sheet tab. */
    private void checkNewSheetName(String name) {
        if (name.isBlank() || name.length() > MAX_SHEET_NAME_LENGTH
                || FORBIDDEN_IN_SHEET_NAME.matcher(name).find()
                || name.startsWith("'") || name.endsWith("'")) {
            throw sheetError("cannot add sheet " + name + ": a sheet name has 1 to 31 characters,"
                    + " none of [ ] : * ? / \\, and does not start or end with an apostrophe",
                    name);
        }
        // Excel reserves "History" for its change-tracking sheet.
        if (name.equalsIgnoreCase("History")) {
            throw sheetError("cannot add sheet " + name + ": Excel reserves that name", name);
        }
    }

    private String requireWorksheetPart(String name) {
        WorkbookPart.SheetEntry entry = workbook.sheets().stream()
                .filter(sheet -> sheet.name().equals(name))
                .findFirst()
                .orElseThrow(() -> sheetError("sheet " + name + " not found; the workbook has "
                        + String.join(", ", workbook.sheets().stream()
                                .map(WorkbookPart.SheetEntry::name).toList()), name));
        Relationship relationship = XlsxReader.requireSheetRelationship(xlsx, relationships, entry);
        if (!Ooxml.hasRelationshipType(relationship.type(), Ooxml.WORKSHEET)) {
            throw sheetError("cannot write to sheet " + name + ": it is a chart or dialog sheet,"
                    + " not a worksheet", name);
        }
        return relationship.target();
    }

    private static boolean writesDates(Map<String, SheetEdit> sheetEdits) {
        return sheetEdits.values().stream()
                .flatMap(sheetEdit -> sheetEdit.cells().stream())
                .anyMatch(cell -> cell.value() instanceof CellValue.DateValue);
    }

    /**
     * Returns a cell format for new date cells: an existing plain day-month-year format when
     * there is one, else one appended to the styles part, which is created when missing.
     */
    private int provideDateStyle() {
        OptionalInt existing = styles.findPlainDateStyle();
        if (existing.isPresent()) {
            return existing.getAsInt();
        }
        Optional<String> stylesPart = relationships.findByType(Ooxml.STYLES)
                .map(Relationship::target)
                .filter(xlsx::hasPart);
        if (stylesPart.isPresent()) {
            changes.replace(stylesPart.get(), transform(stylesPart.get(),
                    source -> StylesEditor.addDateStyle(source, styles)));
            return StylesEditor.dateStyleIndex(styles);
        }
        String partName = freePartName(folderOf(workbookPartName) + "styles", ".xml");
        changes.add(partName,
                StylesEditor.minimalStyles(workbook.namespace()).getBytes(StandardCharsets.UTF_8));
        addRelationship(Ooxml.STYLES, partName);
        addContentType(partName, Ooxml.STYLES_CONTENT_TYPE);
        return 1;
    }

    /**
     * Rewrites a sheet's part, compressed as it is written so that only its compressed bytes
     * are held in memory. A part in UTF-8 is spliced: its rows without writes are copied as
     * their bytes. Any other is edited event by event, read within the read limits.
     */
    private void editSheet(SheetEdit sheetEdit) {
        String partName = requireWorksheetPart(sheetEdit.sheetName());
        SheetEditor editor = newSheetEditor(sheetEdit);
        DeflatedPart edited;
        try (DeflatedPart.Output target = DeflatedPart.output()) {
            boolean spliced = transform(partName, xlsx::openPartAsBytes, source -> {
                if (!SheetSplicer.canSplice(source)) {
                    return false;
                }
                editor.splice(source, target);
                return true;
            }, sheetEdit.sheetName());
            if (!spliced) {
                transform(partName, xlsx::openPart, source -> {
                    editor.edit(source, target);
                    return true;
                }, sheetEdit.sheetName());
            }
            edited = finish(target);
        }
        changes.replace(partName, edited);
        writtenSheetFormulas.put(partName, editor.mayHaveFormula());
        formulaOverwritten |= editor.hasOverwrittenFormula();
        resizeTables(partName, sheetEdit.cells());
    }

    /** Rewrites the Excel tables of the sheet whose bottom rows the writes append or clear. */
    private void resizeTables(String sheetPartName, List<CellWrite> cells) {
        for (Relationship relationship : xlsx.relationships(sheetPartName).all()) {
            if (relationship.external() || !Ooxml.hasRelationshipType(relationship.type(), TABLE)
                    || !xlsx.hasPart(relationship.target())) {
                continue;
            }
            String tablePart = relationship.target();
            ExcelTable table = xlsx.parse(tablePart, ExcelTable::parse);
            table.resized(cells).ifPresent(newRef -> changes.replace(tablePart,
                    transform(tablePart, source -> table.rewrite(source, newRef))));
        }
    }

    /**
     * Returns whether a formula may read a written cell, so that the workbook must be marked for
     * recalculation, or false when it is already marked. A written sheet is checked in its new
     * content while it is written. Another sheet is read from the package only when it is small.
     */
    private boolean needsRecalculation(Set<String> writtenSheets) {
        Recalculation check = new Recalculation(writtenSheets);
        Recalculation.WorkbookState state = xlsx.parse(workbookPartName, check::workbookState);
        if (state.marked()) {
            return false;
        }
        if (state.namedRead()) {
            return true;
        }
        for (WorkbookPart.SheetEntry sheet : workbook.sheets()) {
            Optional<Relationship> part = relationships.findById(sheet.relationshipId())
                    .filter(relationship -> !relationship.external())
                    .filter(relationship -> Ooxml.hasRelationshipType(relationship.type(),
                            Ooxml.WORKSHEET))
                    .filter(relationship -> xlsx.hasPart(relationship.target()));
            if (part.isEmpty()) {
                continue;
            }
            boolean mayRead = writtenSheets.contains(sheet.name())
                    ? hasFormula(part.get().target())
                    : mayReadWrittenSheet(part.get().target(), check);
            if (mayRead) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns whether a written sheet has a formula, in the content the edit gave it, as seen
     * while it was written.
     */
    private boolean hasFormula(String partName) {
        return Optional.ofNullable(writtenSheetFormulas.get(partName))
                .orElseGet(() -> mayHaveFormula(partName));
    }

    /**
     * Returns whether a sheet the run does not write has a formula naming a written sheet. A
     * sheet larger than {@link #MAX_SCANNED_SHEET_BYTES} is not read and counts as one that has.
     */
    private boolean mayReadWrittenSheet(String partName, Recalculation check) {
        long size = xlsx.findPart(partName).map(ZipArchiveEntry::getSize).orElse(-1L);
        if (size < 0 || size > MAX_SCANNED_SHEET_BYTES) {
            return true;
        }
        return mayHaveFormula(partName) && xlsx.parse(partName, check::sheetReads);
    }

    private boolean mayHaveFormula(String partName) {
        try (InputStream part = xlsx.openPart(partName)) {
            return Recalculation.mayHaveFormula(part);
        } catch (IOException e) {
            throw xlsx.error("cannot read part " + partName + " of the workbook: "
                    + XlsxPackage.oneLine(e), e);
        }
    }

    private void addSheet(SheetEdit sheetEdit, long sheetId) {
        String partName = freePartName(folderOf(workbookPartName) + "worksheets/sheet", ".xml");
        SheetEditor editor = newSheetEditor(sheetEdit);
        try {
            changes.add(partName, editor.edit(SheetEditor.emptySheet(workbook.namespace())));
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the empty sheet template is not well-formed", e);
        }
        String relationshipId = addRelationship(Ooxml.WORKSHEET, partName);
        addContentType(partName, Ooxml.WORKSHEET_CONTENT_TYPE);
        workbookEdit.add((out, parent) -> writeSheetEntry(out, parent, sheetEdit.sheetName(),
                sheetId, relationshipId));
    }

    private SheetEditor newSheetEditor(SheetEdit sheetEdit) {
        return new SheetEditor(sheetEdit.sheetName(), sheetEdit.cells(), styles, dateStyle,
                workbook.date1904());
    }

    /** Writes {@code <sheet name=.. sheetId=.. r:id=..>} at the end of {@code <sheets>}. */
    private void writeSheetEntry(XMLStreamWriter out, XMLStreamReader parent,
            String name, long sheetId, String relationshipId) throws XMLStreamException {
        String relationshipsNamespace = Ooxml.relationshipsNamespaceFor(parent.getNamespaceURI());
        String prefix = parent.getNamespaceContext().getPrefix(relationshipsNamespace);
        out.writeStartElement(XmlCopy.prefixOf(parent.getPrefix()), "sheet",
                parent.getNamespaceURI());
        if (prefix == null || prefix.isEmpty()) {
            // Some writers declare the r prefix on each <sheet>; the new one declares its own.
            prefix = "r";
            out.writeNamespace(prefix, relationshipsNamespace);
        }
        out.writeAttribute("name", name);
        out.writeAttribute("sheetId", Long.toString(sheetId));
        out.writeAttribute(prefix, relationshipsNamespace, "id", relationshipId);
        out.writeEndElement();
    }

    private String addRelationship(String typeSegment, String targetPartName) {
        String id = "rId1";
        for (int n = 1; usedRelationshipIds.contains(id); n++) {
            id = "rId" + n;
        }
        usedRelationshipIds.add(id);
        String relationshipId = id;
        String type = Ooxml.relationshipsNamespaceFor(workbook.namespace()) + "/" + typeSegment;
        String target = relativeTo(folderOf(workbookPartName), targetPartName);
        relationshipsEdit.add((out, parent) -> {
            out.writeStartElement(XmlCopy.prefixOf(parent.getPrefix()), "Relationship",
                    parent.getNamespaceURI());
            out.writeAttribute("Id", relationshipId);
            out.writeAttribute("Type", type);
            out.writeAttribute("Target", target);
            out.writeEndElement();
        });
        return relationshipId;
    }

    private void addContentType(String partName, String contentType) {
        contentTypesEdit.add((out, parent) -> {
            out.writeStartElement(XmlCopy.prefixOf(parent.getPrefix()), "Override",
                    parent.getNamespaceURI());
            out.writeAttribute("PartName", "/" + partName);
            out.writeAttribute("ContentType", contentType);
            out.writeEndElement();
        });
    }

    /**
     * Removes the calculation chain, which lists the cells that hold formulas. Excel reports a
     * damaged file when it names a cell that no longer has one, and rebuilds a missing chain.
     */
    private void dropCalculationChain() {
        relationships.findByType(Ooxml.CALC_CHAIN).ifPresent(chain -> {
            changes.remove(chain.target());
            relationshipsEdit.remove(element -> element.getLocalName().equals("Relationship")
                    && chain.id().equals(Ooxml.attribute(element, "Id")));
            contentTypesEdit.remove(element -> element.getLocalName().equals("Override")
                    && ("/" + chain.target())
                            .equalsIgnoreCase(Ooxml.attribute(element, "PartName")));
        });
    }

    private void applyPartEdits(boolean recalculate) {
        if (!workbookEdit.isEmpty() || recalculate) {
            changes.replace(workbookPartName, transform(workbookPartName, source -> {
                byte[] edited = workbookEdit.isEmpty()
                        ? source.readAllBytes()
                        : workbookEdit.apply(source);
                return recalculate ? Recalculation.mark(new ByteArrayInputStream(edited)) : edited;
            }));
        }
        if (!relationshipsEdit.isEmpty()) {
            String partName = Relationships.partNameFor(workbookPartName);
            changes.replace(partName, transform(partName, relationshipsEdit::apply));
        }
        if (!contentTypesEdit.isEmpty()) {
            changes.replace(CONTENT_TYPES, transform(CONTENT_TYPES, contentTypesEdit::apply));
        }
    }

    /** Rewrites one part of the source, turning XML and I/O failures into a user message. */
    private byte[] transform(String partName, PartTransform<byte[]> transform) {
        return transform(partName, transform, null);
    }

    private <T> T transform(String partName, PartTransform<T> transform, String sheetName) {
        return transform(partName, xlsx::openPart, transform, sheetName);
    }

    private <T> T transform(String partName, PartOpener opener, PartTransform<T> transform,
            String sheetName) {
        try (InputStream source = opener.open(partName)) {
            return transform.apply(source);
        } catch (XMLStreamException e) {
            throw new RelanceException("the workbook is damaged: malformed XML in " + partName
                    + ": " + XlsxPackage.oneLine(e), xlsx.file(), sheetName, null, null, e);
        } catch (IOException e) {
            throw new RelanceException("cannot read part " + partName + " of the workbook: "
                    + XlsxPackage.oneLine(e), xlsx.file(), sheetName, null, null, e);
        }
    }

    private DeflatedPart finish(DeflatedPart.Output target) {
        try {
            return target.finish();
        } catch (IOException e) {
            throw new IllegalStateException("compression in memory failed", e);
        }
    }

    @FunctionalInterface
    private interface PartOpener {
        InputStream open(String partName) throws IOException;
    }

    @FunctionalInterface
    private interface PartTransform<T> {
        T apply(InputStream source) throws XMLStreamException, IOException;
    }

    /** Returns {@code prefix + N + suffix} with the first N from 1 that no part uses. */
    private String freePartName(String prefix, String suffix) {
        for (int n = 1;; n++) {
            String name = prefix + n + suffix;
            if (!xlsx.hasPart(name) && !changes.isAdded(name)) {
                return name;
            }
        }
    }

    private static String folderOf(String partName) {
        return partName.substring(0, partName.lastIndexOf('/') + 1);
    }

    /** Returns a target relative to the source part's folder when it lies below it. */
    private static String relativeTo(String folder, String partName) {
        return partName.startsWith(folder) ? partName.substring(folder.length()) : "/" + partName;
    }

    private RelanceException sheetError(String message, String sheetName) {
        return new RelanceException(message, xlsx.file(), sheetName, null, null, null);
    }

}
