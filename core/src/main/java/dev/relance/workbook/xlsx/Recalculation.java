package dev.relance.workbook.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.XMLStreamWriter2;

/**
 * Decides whether a workbook must be recalculated when it is next opened, and marks it so.
 *
 * <p>Formulas keep the values cached when the file was last saved; a formula that reads a cell
 * Relance wrote would show a stale value until recalculated. Working out which formulas read
 * which cells would mean parsing Excel's formula language, so the check is deliberately coarse:
 * any formula on a written sheet (it may read its own sheet without naming it), a formula naming
 * a written sheet ({@code Relances!A2},
 * {@code 'Suivi 2026'!A:A}) or a defined name naming one counts. The mark is
 * {@code <calcPr fullCalcOnLoad="1"/>} in the workbook part, which Excel and LibreOffice honour.
 */
final class Recalculation {

    /** The workbook elements that follow {@code <calcPr>} in the schema's order. */
    private static final Set<String> AFTER_CALC_PR = Set.of("oleSize", "customWorkbookViews",
            "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr",
            "webPublishObjects", "extLst");

    private final List<String> sheetReferences;

    /** Creates a check for formulas that read any of the named sheets. */
    Recalculation(Collection<String> writtenSheets) {
        this.sheetReferences = writtenSheets.stream()
                .flatMap(name -> List.of(name + "!", "'" + name.replace("'", "''") + "'!").stream())
                .map(reference -> reference.toLowerCase(Locale.ROOT))
                .toList();
    }

    /** Returns whether the formula text names one of the written sheets. */
    boolean namesWrittenSheet(String formula) {
        String text = formula.toLowerCase(Locale.ROOT);
        return sheetReferences.stream().anyMatch(text::contains);
    }

    /**
     * Returns whether the part's text may hold a formula element, {@code <f>} with or without a
     * prefix, by scanning its bytes: much faster than parsing, so that a large sheet without
     * formulas costs little. A false alarm only leads to parsing the part.
     */
    static boolean mayHaveFormula(InputStream part) throws IOException {
        FormulaScan scan = new FormulaScan();
        byte[] buffer = new byte[64 * 1024];
        for (int read = part.read(buffer); read >= 0 && !scan.found(); read = part.read(buffer)) {
            scan.scan(buffer, 0, read);
        }
        return scan.found();
    }

    /** Returns whether a worksheet part has a formula that names a written sheet. */
    boolean sheetReads(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && Ooxml.isElement(reader, "f")
                    && namesWrittenSheet(reader.getElementText())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the workbook part: whether it is already marked, and whether a defined name (other
     * than the print areas and filters Excel defines itself) names a written sheet.
     */
    WorkbookState workbookState(XMLStreamReader reader) throws XMLStreamException {
        boolean marked = false;
        boolean namedRead = false;
        while (reader.hasNext()) {
            if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (Ooxml.isElement(reader, "calcPr")) {
                marked = WorkbookPart.isTrue(Ooxml.attribute(reader, "fullCalcOnLoad"));
            } else if (Ooxml.isElement(reader, "definedName")) {
                boolean builtIn = Ooxml.attribute(reader, "name").startsWith("_xlnm.");
                namedRead |= !builtIn && namesWrittenSheet(reader.getElementText());
            }
        }
        return new WorkbookState(marked, namedRead);
    }

    /**
     * The workbook part's recalculation mark and defined names, as far as the check needs them.
     *
     * @param marked    whether it already asks for a full recalculation on load
     * @param namedRead whether a defined name names a written sheet
     */
    record WorkbookState(boolean marked, boolean namedRead) {
    }

    /**
     * Returns the workbook part with {@code fullCalcOnLoad="1"} on its {@code <calcPr>}, which is
     * added in its place in the schema's order when missing. The rest is copied as it is.
     */
    static byte[] mark(InputStream source) throws XMLStreamException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        XMLStreamReader2 in = Stax.reader(source);
        XMLStreamWriter2 out = Stax.writer(target);
        XmlCopy.event(in, out);

        XmlCopy.ElementName workbook = new XmlCopy.ElementName("", Ooxml.MAIN_NS);
        boolean done = false;
        int depth = 0;
        while (in.hasNext()) {
            in.next();
            if (in.isStartElement()) {
                depth++;
                if (depth == 1) {
                    workbook = XmlCopy.ElementName.of(in);
                } else if (depth == 2 && !done && Ooxml.isElement(in, "calcPr")) {
                    XmlCopy.startElement(in, out, "fullCalcOnLoad", "1");
                    done = true;
                    continue;
                } else if (depth == 2 && !done && AFTER_CALC_PR.contains(in.getLocalName())) {
                    writeCalcPr(out, workbook);
                    done = true;
                }
            } else if (in.isEndElement()) {
                if (depth == 1 && !done) {
                    writeCalcPr(out, workbook);
                    done = true;
                }
                depth--;
            }
            XmlCopy.event(in, out);
        }

        out.writeEndDocument();
        out.close();
        in.closeCompletely();
        return target.toByteArray();
    }

    private static void writeCalcPr(XMLStreamWriter2 out, XmlCopy.ElementName like)
            throws XMLStreamException {
        XmlCopy.startElementLike(out, like, "calcPr");
        out.writeAttribute("fullCalcOnLoad", "1");
        out.writeEndElement();
    }
}
