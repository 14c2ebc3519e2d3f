package dev.relance.workbook.ods;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A piece of XML held in memory: the writer buffers one table row at a time this way, to
 * write it again in parts, and streams everything else.
 */
sealed interface XmlNode permits XmlElement, XmlNode.Text, XmlNode.Comment, XmlNode.Instruction {

    void write(XMLStreamWriter out) throws XMLStreamException;

    /** Character data. */
    record Text(String text) implements XmlNode {
        @Override
        public void write(XMLStreamWriter out) throws XMLStreamException {
            out.writeCharacters(text);
        }
    }

    record Comment(String text) implements XmlNode {
        @Override
        public void write(XMLStreamWriter out) throws XMLStreamException {
            out.writeComment(text);
        }
    }

    record Instruction(String target, String data) implements XmlNode {
        @Override
        public void write(XMLStreamWriter out) throws XMLStreamException {
            out.writeProcessingInstruction(target, data);
        }
    }
}
