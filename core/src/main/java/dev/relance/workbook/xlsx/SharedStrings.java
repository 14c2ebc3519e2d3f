package dev.relance.workbook.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.relance.workbook.ReadLimits;

/** The shared string table of {@code xl/sharedStrings.xml}, which {@code t="s"} cells index. */
final class SharedStrings {

    private final List<String> strings;

    private SharedStrings(List<String> strings) {
        this.strings = List.copyOf(strings);
    }

    static SharedStrings none() {
        return new SharedStrings(List.of());
    }

    static SharedStrings parse(XMLStreamReader reader) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        while (reader.hasNext()) {
            reader.next();
            if (Ooxml.isStart(reader, "si")) {
                strings.add(readRichText(reader, "si"));
                ReadLimits.checkEntries(strings.size(), "the shared strings part");
            }
        }
        return new SharedStrings(strings);
    }

    Optional<String> find(int index) {
        return index >= 0 && index < strings.size()
                ? Optional.of(strings.get(index))
                : Optional.empty();
    }

    /**
     * Reads the text of a string item ({@code <si>} or an inline {@code <is>}), with the reader on
     * its start tag, and leaves the reader on its end tag. Rich text stores its text in runs
     * ({@code <r><t>}), which are joined. Phonetic runs ({@code <rPh>}, the furigana of Japanese
     * text) repeat the reading of the text and are skipped. A text longer than a cell may hold
     * is cut one character past the limit, so that the cell that shows it can be reported.
     */
    static String readRichText(XMLStreamReader reader, String element) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int phoneticDepth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT && Ooxml.isElement(reader, "rPh")) {
                phoneticDepth++;
            } else if (event == XMLStreamConstants.END_ELEMENT && Ooxml.isElement(reader, "rPh")) {
                phoneticDepth--;
            } else if (event == XMLStreamConstants.START_ELEMENT && Ooxml.isElement(reader, "t")
                    && phoneticDepth == 0) {
                readText(reader, text);
            } else if (Ooxml.isEnd(reader, element)) {
                break;
            }
        }
        return OoxmlText.decode(text.toString());
    }

    /**
     * Appends the text of the element the reader is on, within the cell text limit, and leaves
     * the reader on its end tag. Child elements, which a text element should not have, are
     * skipped.
     */
    static void readText(XMLStreamReader reader, StringBuilder text) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (depth == 1 && (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
                ReadLimits.appendBounded(text, reader.getText());
            }
        }
    }

    /** Returns the text of the element the reader is on, as {@link #readText} reads it. */
    static String readText(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        readText(reader, text);
        return text.toString();
    }
}
