package dev.relance.workbook.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

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
     * text) repeat the reading of the text and are skipped.
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
                text.append(reader.getElementText());
            } else if (Ooxml.isEnd(reader, element)) {
                break;
            }
        }
        return OoxmlText.decode(text.toString());
    }
}
