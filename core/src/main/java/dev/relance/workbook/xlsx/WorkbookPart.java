package dev.relance.workbook.xlsx;

import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.relance.workbook.ReadLimits;

/**
 * What Relance needs from {@code xl/workbook.xml}: the sheets in tab order and the date epoch.
 *
 * @param namespace the SpreadsheetML namespace of the part, transitional or strict
 * @param sheets    the {@code <sheet>} entries in tab order
 * @param date1904  whether date serials count from 1904-01-01
 */
record WorkbookPart(String namespace, List<SheetEntry> sheets, boolean date1904) {

    WorkbookPart {
        sheets = List.copyOf(sheets);
    }

    /**
     * One {@code <sheet>} entry.
     *
     * @param name           the tab's name
     * @param sheetId        the workbook-wide sheet number, which is not the tab position
     * @param relationshipId the id of the relationship to the sheet's part
     * @param hidden         whether the state is {@code hidden} or {@code veryHidden}
     */
    record SheetEntry(String name, long sheetId, String relationshipId, boolean hidden) {
    }

    static WorkbookPart parse(XMLStreamReader reader) throws XMLStreamException {
        String namespace = Ooxml.MAIN_NS;
        List<SheetEntry> sheets = new ArrayList<>();
        boolean date1904 = false;
        while (reader.hasNext()) {
            if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (Ooxml.isElement(reader, "workbook")) {
                namespace = reader.getNamespaceURI();
            } else if (Ooxml.isElement(reader, "workbookPr")) {
                date1904 = isTrue(Ooxml.attribute(reader, "date1904"));
            } else if (Ooxml.isElement(reader, "sheet")) {
                sheets.add(readSheet(reader));
                ReadLimits.checkSheets(sheets.size());
            }
        }
        return new WorkbookPart(namespace, sheets, date1904);
    }

    /** Returns the largest {@code sheetId} in use, 0 when there is no sheet. */
    long maxSheetId() {
        return sheets.stream().mapToLong(SheetEntry::sheetId).max().orElse(0);
    }

    private static SheetEntry readSheet(XMLStreamReader reader) {
        String state = Ooxml.attribute(reader, "state");
        return new SheetEntry(Ooxml.attribute(reader, "name"),
                parseSheetId(Ooxml.attribute(reader, "sheetId")),
                Ooxml.relationshipAttribute(reader, "id"),
                state.equals("hidden") || state.equals("veryHidden"));
    }

    private static long parseSheetId(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException ignored) {
            // The id only matters when a sheet is added; a garbled one is not worth failing on.
            return 0;
        }
    }

    /** Reads an XML Schema boolean: Excel writes {@code 1}, other producers {@code true}. */
    static boolean isTrue(String value) {
        String trimmed = value.trim();
        return trimmed.equals("1") || trimmed.equalsIgnoreCase("true");
    }
}
