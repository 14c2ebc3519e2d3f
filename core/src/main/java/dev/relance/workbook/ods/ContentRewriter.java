package dev.relance.workbook.ods;

import static dev.relance.workbook.ods.OdfXml.OFFICE;
import static dev.relance.workbook.ods.OdfXml.STYLE;
import static dev.relance.workbook.ods.OdfXml.TABLE;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookEdit.SheetEdit;

/**
 * Streams {@code content.xml} from the source to the target, applying an edit to the tables it
 * names and adding the tables it creates. Everything else is copied as read.
 */
final class ContentRewriter {

    private final XmlStream xml;
    private final ContentEdit edit;
    private final Set<String> usedStyleNames;
    private final Set<String> tablesSeen = new LinkedHashSet<>();
    private Prefixes prefixes;
    private DateStyle dateStyle;
    private CellMarkup markup;
    private boolean automaticStylesSeen;
    private boolean tablesCreated;

    /**
     * @param usedStyleNames the style names of styles.xml; the names of content.xml's own
     *                       automatic styles are added as they stream by
     */
    ContentRewriter(XmlStream xml, WorkbookEdit edit, Set<String> usedStyleNames) {
        this.xml = xml;
        this.usedStyleNames = new HashSet<>(usedStyleNames);
        this.edit = new ContentEdit(edit);
    }

    void rewrite() throws XMLStreamException {
        xml.out().writeStartDocument("UTF-8", "1.0");
        while (xml.in().hasNext()) {
            int event = xml.in().next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                rewriteRoot();
            } else {
                xml.copyEvent(event);
            }
        }
        xml.out().writeEndDocument();
        xml.out().flush();
        // also when the content has no spreadsheet at all
        edit.requireChangedTablesIn(tablesSeen);
    }

    private void rewriteRoot() throws XMLStreamException {
        XmlElement root = XmlElement.readStartTag(xml.in());
        prefixes = Prefixes.of(root);
        prefixes.declareMissing(root).writeStartTag(xml.out());
        xml.forEachChild(() -> {
            if (xml.isElement(OFFICE, "automatic-styles")) {
                rewriteAutomaticStyles();
            } else if (xml.isElement(OFFICE, "body")) {
                rewriteBody();
            } else {
                xml.copyElement();
            }
        });
        xml.out().writeEndElement();
    }

    /** Copies the automatic styles and adds the date style after them. */
    private void rewriteAutomaticStyles() throws XMLStreamException {
        xml.copyStartTag();
        xml.forEachChild(() -> {
            usedStyleNames.add(OdfXml.attribute(xml.in(), STYLE, "name", ""));
            xml.copyElement();
        });
        addDateStyle();
        xml.out().writeEndElement();
    }

    private void addDateStyle() throws XMLStreamException {
        automaticStylesSeen = true;
        dateStyle = DateStyle.named(usedStyleNames);
        if (edit.writesDates()) {
            dateStyle.write(xml.out(), prefixes);
        }
    }

    private void rewriteBody() throws XMLStreamException {
        if (!automaticStylesSeen) {
            // a file without automatic styles gets the element, for the date style to live in
            addAutomaticStyles();
        }
        markup = new CellMarkup(prefixes, dateStyle.cellStyleName());
        xml.copyStartTag();
        xml.forEachChild(() -> {
            if (xml.isElement(OFFICE, "spreadsheet")) {
                rewriteSpreadsheet();
            } else {
                xml.copyElement();
            }
        });
        xml.out().writeEndElement();
    }

    private void addAutomaticStyles() throws XMLStreamException {
        if (!edit.writesDates()) {
            automaticStylesSeen = true;
            dateStyle = DateStyle.named(usedStyleNames);
            return;
        }
        XmlElement.of(prefixes.name(OFFICE, "automatic-styles")).writeStartTag(xml.out());
        addDateStyle();
        xml.out().writeEndElement();
    }

    private void rewriteSpreadsheet() throws XMLStreamException {
        xml.copyStartTag();
        xml.forEachChild(() -> {
            if (xml.isElement(TABLE, "table")) {
                rewriteTable();
            } else {
                // new tables go after the last one, before the named ranges and database ranges
                if (!tablesSeen.isEmpty()) {
                    createTables();
                }
                xml.copyElement();
            }
        });
        createTables();
        edit.requireChangedTablesIn(tablesSeen);
        xml.out().writeEndElement();
    }

    private void rewriteTable() throws XMLStreamException {
        String name = OdfXml.attribute(xml.in(), TABLE, "name", "");
        tablesSeen.add(name);
        SheetEdit change = edit.changeOf(name).orElse(null);
        if (change == null) {
            xml.copyElement();
        } else {
            new TableRewriter(xml, markup, change.cells()).rewrite();
        }
    }

    private void createTables() throws XMLStreamException {
        if (tablesCreated) {
            return;
        }
        tablesCreated = true;
        for (SheetEdit sheet : edit.creations()) {
            new TableRewriter(xml, markup, sheet.cells()).writeNew(sheet.sheetName());
        }
    }
}
