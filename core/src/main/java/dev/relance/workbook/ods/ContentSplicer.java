package dev.relance.workbook.ods;

import static dev.relance.workbook.ods.OdfXml.OFFICE;
import static dev.relance.workbook.ods.OdfXml.STYLE;
import static dev.relance.workbook.ods.OdfXml.TABLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import dev.relance.workbook.WorkbookEdit;
import dev.relance.workbook.WorkbookEdit.SheetEdit;
import dev.relance.workbook.splice.RawTag;
import dev.relance.workbook.splice.XmlByteScanner;

/**
 * Writes {@code content.xml} with an edit applied, as bytes. A table the edit does not name is
 * copied as its bytes without being parsed, and so are the rows of an edited table that get no
 * write, the styles and everything else around the tables. Only the rows that get a write are
 * parsed and written again, split as {@link ContentRewriter} splits them. Once no table is left
 * to change or add, the rest of the part is copied without being looked at.
 *
 * <p>It handles a part in UTF-8 without a document type declaration, which is what LibreOffice
 * and the other programs we know of write ({@link XmlByteScanner#canScan}); {@link ContentRewriter}
 * edits the others event by event. The bytes copied are not checked to be well-formed: the file
 * has been read before it is written.
 */
final class ContentSplicer {

    private final SplicedXml xml;
    private final ContentEdit edit;
    /** The tables to change that have not been seen yet. */
    private final Set<String> changesLeft = new HashSet<>();
    private final Set<String> usedStyleNames;
    private final Set<String> tablesSeen = new LinkedHashSet<>();
    private Prefixes prefixes;
    private DateStyle dateStyle;
    private CellMarkup markup;
    private boolean automaticStylesSeen;
    private boolean tablesCreated;

    /**
     * @param target         receives the new part, and is not closed
     * @param usedStyleNames the style names of styles.xml; the names of content.xml's own
     *                       automatic styles are added as they stream by
     */
    ContentSplicer(InputStream source, OutputStream target, WorkbookEdit edit, Set<String> usedStyleNames) {
        this.xml = new SplicedXml(source, target);
        this.usedStyleNames = new HashSet<>(usedStyleNames);
        this.edit = new ContentEdit(edit);
        changesLeft.addAll(this.edit.changedTables());
    }

    void splice() throws IOException, XMLStreamException {
        XmlByteScanner scanner = xml.scanner();
        XmlByteScanner.Kind kind = scanner.next();
        // the XML declaration, comments and processing instructions before the root are copied
        while (kind == XmlByteScanner.Kind.OTHER) {
            kind = scanner.next();
        }
        if (kind != XmlByteScanner.Kind.START && kind != XmlByteScanner.Kind.EMPTY) {
            throw new XMLStreamException(OdsPackage.CONTENT + " has no root element");
        }
        root(xml.tag(), kind == XmlByteScanner.Kind.EMPTY);
        scanner.copyRest();
        scanner.finish();
        edit.requireChangedTablesIn(tablesSeen);
    }

    private void root(RawTag root, boolean empty) throws IOException, XMLStreamException {
        xml.enter(root);
        prefixes = Prefixes.of(xml.namespacesInScope());
        xml.declare(root, prefixes.addMissing());
        if (!empty) {
            xml.forEachChild((child, childEmpty) -> {
                if (xml.is(child, OFFICE, "automatic-styles")) {
                    automaticStyles(child, childEmpty);
                } else if (xml.is(child, OFFICE, "body")) {
                    body(child, childEmpty);
                } else {
                    xml.copyElement(childEmpty);
                }
            });
        }
        xml.leave();
    }

    /** Copies the automatic styles, noting their names, and adds the date style after them. */
    private void automaticStyles(RawTag styles, boolean empty) throws IOException, XMLStreamException {
        if (empty) {
            namesKnown();
            if (edit.writesDates()) {
                xml.fillEmpty(styles, dateStyle.elements(prefixes));
            }
            return;
        }
        xml.enter(styles);
        xml.forEachChild((style, styleEmpty) -> {
            usedStyleNames.add(xml.attribute(style, STYLE, "name").orElse(""));
            xml.copyElement(styleEmpty);
        });
        namesKnown();
        if (edit.writesDates()) {
            xml.insertBefore(dateStyle.elements(prefixes));
        }
        xml.leave();
    }

    /** Names the date style once every style name of the document is known. */
    private void namesKnown() {
        automaticStylesSeen = true;
        dateStyle = DateStyle.named(usedStyleNames);
    }

    private void body(RawTag body, boolean empty) throws IOException, XMLStreamException {
        if (!automaticStylesSeen) {
            // a file without automatic styles gets the element, for the date style to live in
            namesKnown();
            if (edit.writesDates()) {
                List<XmlNode> styles = new ArrayList<>(dateStyle.elements(prefixes));
                xml.insertBefore(List.of(XmlElement.of(prefixes.name(OFFICE, "automatic-styles"))
                        .withChildren(styles)));
            }
        }
        markup = new CellMarkup(prefixes, dateStyle.cellStyleName());
        if (empty) {
            return;
        }
        xml.enter(body);
        xml.forEachChild((child, childEmpty) -> {
            if (xml.is(child, OFFICE, "spreadsheet")) {
                spreadsheet(child, childEmpty);
            } else {
                xml.copyElement(childEmpty);
            }
        });
        xml.leave();
    }

    private void spreadsheet(RawTag spreadsheet, boolean empty) throws IOException, XMLStreamException {
        if (empty) {
            tablesCreated = true;
            xml.fillEmpty(spreadsheet, newTables());
            return;
        }
        xml.enter(spreadsheet);
        xml.forEachChild((child, childEmpty) -> {
            if (xml.is(child, TABLE, "table")) {
                table(child, childEmpty);
            } else {
                // new tables go after the last one, before the named ranges and database ranges
                if (!tablesSeen.isEmpty()) {
                    createTables();
                }
                xml.copyElement(childEmpty);
            }
            copyRestWhenNothingIsLeft();
        });
        if (!xml.restCopied()) {
            createTables();
        }
        xml.leave();
    }

    private void table(RawTag table, boolean empty) throws IOException, XMLStreamException {
        String name = xml.attribute(table, TABLE, "name").orElse("");
        tablesSeen.add(name);
        SheetEdit change = edit.changeOf(name).orElse(null);
        if (change == null) {
            xml.copyElement(empty);
        } else {
            changesLeft.remove(name);
            new TableSplicer(xml, markup, change.cells()).splice(table, empty);
        }
    }

    /**
     * Copies the rest of the part as it is once every table to change has been written and the
     * new ones added: a table after the last edited one can be most of the file.
     */
    private void copyRestWhenNothingIsLeft() throws IOException {
        if (changesLeft.isEmpty() && (edit.creations().isEmpty() || tablesCreated)) {
            xml.copyRest();
        }
    }

    private void createTables() throws IOException, XMLStreamException {
        if (tablesCreated) {
            return;
        }
        tablesCreated = true;
        xml.insertBefore(newTables());
    }

    private List<XmlElement> newTables() {
        List<XmlElement> tables = new ArrayList<>();
        for (SheetEdit sheet : edit.creations()) {
            tables.add(new TableWrites(markup, sheet.cells()).newTable(sheet.sheetName()));
        }
        return tables;
    }
}
