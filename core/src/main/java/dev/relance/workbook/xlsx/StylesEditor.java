package dev.relance.workbook.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.XMLStreamWriter2;

/**
 * Adds a date cell format to {@code xl/styles.xml}, or writes a minimal styles part for a
 * workbook that has none. The new format uses built-in number format 14, the short date, which
 * Excel and LibreOffice show in the order of the user's locale.
 */
final class StylesEditor {

    /** Built-in number format 14: the locale's short date ({@code m/d/yyyy} in en-US). */
    private static final String SHORT_DATE_FORMAT = "14";

    /** The elements that follow {@code <cellXfs>} in a styles part, in schema order. */
    private static final Set<String> AFTER_CELL_XFS =
            Set.of("cellStyles", "dxfs", "tableStyles", "colors", "extLst");

    private StylesEditor() {
    }

    /**
     * Returns the index that the date format gets when {@link #addDateStyle} appends it. A part
     * without any cell format first gets the default one, because index 0 styles every cell
     * without an {@code s} attribute.
     */
    static int dateStyleIndex(CellStyles styles) {
        return Math.max(styles.count(), 1);
    }

    /** Returns the styles part with a date format appended to {@code <cellXfs>}. */
    static byte[] addDateStyle(InputStream source, CellStyles styles) throws XMLStreamException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        XMLStreamReader2 in = Stax.reader(source);
        XMLStreamWriter2 out = Stax.writer(target);
        boolean added = false;
        int depth = 0;
        XmlCopy.event(in, out);
        while (in.hasNext()) {
            in.next();
            depth += in.isStartElement() ? 1 : 0;
            boolean topLevel = depth == 2;
            depth -= in.isEndElement() ? 1 : 0;
            boolean cellXfsMissed = !added
                    && (topLevel && isAfterCellXfs(in) || Ooxml.isEnd(in, "styleSheet"));
            if (Ooxml.isStart(in, "cellXfs")) {
                String count = Integer.toString(dateStyleIndex(styles) + 1);
                XmlCopy.startElement(in, out, "count", count);
            } else if (Ooxml.isEnd(in, "cellXfs")) {
                writeFormats(out, XmlCopy.ElementName.of(in), styles.count() == 0);
                XmlCopy.event(in, out);
                added = true;
            } else if (cellXfsMissed) {
                writeCellXfs(out, XmlCopy.ElementName.of(in));
                XmlCopy.event(in, out);
                added = true;
            } else {
                XmlCopy.event(in, out);
            }
        }
        out.writeEndDocument();
        out.close();
        in.closeCompletely();
        return target.toByteArray();
    }

    /** Returns a styles part with the default cell format at 0 and the date format at 1. */
    static String minimalStyles(String namespace) {
        String xf = "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<styleSheet xmlns=\"" + namespace + "\">"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
                + "</borders><cellStyleXfs count=\"1\">" + xf + "/></cellStyleXfs>"
                + "<cellXfs count=\"2\">" + xf + " xfId=\"0\"/><xf numFmtId=\"" + SHORT_DATE_FORMAT
                + "\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" "
                + "builtinId=\"0\"/></cellStyles></styleSheet>";
    }

    private static boolean isAfterCellXfs(XMLStreamReader2 in) {
        return in.isStartElement()
                && AFTER_CELL_XFS.stream().anyMatch(name -> Ooxml.isElement(in, name));
    }

    /** Writes a whole {@code <cellXfs>}, for a styles part that has none. */
    private static void writeCellXfs(XMLStreamWriter2 out, XmlCopy.ElementName like)
            throws XMLStreamException {
        XmlCopy.startElementLike(out, like, "cellXfs");
        out.writeAttribute("count", "2");
        writeFormats(out, like, true);
        out.writeEndElement();
    }

    private static void writeFormats(XMLStreamWriter2 out, XmlCopy.ElementName like,
            boolean withDefault) throws XMLStreamException {
        if (withDefault) {
            writeFormat(out, like, "0", false);
        }
        writeFormat(out, like, SHORT_DATE_FORMAT, true);
    }

    private static void writeFormat(XMLStreamWriter2 out, XmlCopy.ElementName like, String numFmtId,
            boolean applied) throws XMLStreamException {
        XmlCopy.startElementLike(out, like, "xf");
        out.writeAttribute("numFmtId", numFmtId);
        out.writeAttribute("fontId", "0");
        out.writeAttribute("fillId", "0");
        out.writeAttribute("borderId", "0");
        out.writeAttribute("xfId", "0");
        if (applied) {
            out.writeAttribute("applyNumberFormat", "1");
        }
        out.writeEndElement();
    }
}
