package dev.relance.workbook.ods;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * Streams {@code meta.xml} from the source to the target with the document's modification date
 * ({@code <dc:date>} in {@code <office:meta>}) set to the save's time, as an office suite does
 * when it saves. It is added at the end of {@code <office:meta>} when missing. Everything else
 * (creator, statistics, editing cycles, user fields) is copied as read.
 */
final class MetaRewriter {

    static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

    /** ODF dates are ISO date-times; LibreOffice writes local time without a zone, as here. */
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final XmlStream xml;
    private final String modified;

    MetaRewriter(XmlStream xml, LocalDateTime modified) {
        this.xml = xml;
        this.modified = DATE_TIME.format(modified);
    }

    void rewrite() throws XMLStreamException {
        xml.out().writeStartDocument("UTF-8", "1.0");
        boolean inMeta = false;
        boolean written = false;
        int depth = 0;
        while (xml.in().hasNext()) {
            int event = xml.in().next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                inMeta |= depth == 2 && xml.isElement(OdfXml.OFFICE, "meta");
                if (inMeta && depth == 3 && xml.isElement(DUBLIN_CORE, "date")) {
                    replaceDate();
                    written = true;
                    depth--;
                    continue;
                }
                xml.copyStartTag();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (inMeta && depth == 2) {
                    if (!written) {
                        addDate();
                    }
                    inMeta = false;
                }
                depth--;
                xml.out().writeEndElement();
            } else {
                xml.copyEvent(event);
            }
        }
        xml.out().writeEndDocument();
    }

    /** Copies the date's start tag, writes the new date and skips the old one. */
    private void replaceDate() throws XMLStreamException {
        xml.copyStartTag();
        xml.out().writeCharacters(modified);
        OdfXml.skipElement(xml.in());
        xml.out().writeEndElement();
    }

    /** Writes a {@code <dc:date>}, declaring the prefix when the document does not. */
    private void addDate() throws XMLStreamException {
        String prefix = xml.in().getNamespaceContext().getPrefix(DUBLIN_CORE);
        boolean declared = prefix != null;
        String used = declared ? prefix : "dc";
        xml.out().writeStartElement(used, "date", DUBLIN_CORE);
        if (!declared) {
            xml.out().writeNamespace(used, DUBLIN_CORE);
        }
        xml.out().writeCharacters(modified);
        xml.out().writeEndElement();
    }
}
