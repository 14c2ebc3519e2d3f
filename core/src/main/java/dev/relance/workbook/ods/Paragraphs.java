package dev.relance.workbook.ods;

import static dev.relance.workbook.ods.OdfXml.TEXT;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into {@code text:p} elements, one per line. ODF collapses white space typed in a
 * paragraph, so a run of spaces, a space at either end of a line and a tab are written as
 * {@code text:s} and {@code text:tab} elements for the text to read back as it was.
 */
final class Paragraphs {

    private final Prefixes prefixes;
    private final List<XmlNode> content = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();

    private Paragraphs(Prefixes prefixes) {
        this.prefixes = prefixes;
    }

    static List<XmlNode> of(String text, Prefixes prefixes) {
        List<XmlNode> paragraphs = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            Paragraphs paragraph = new Paragraphs(prefixes);
            paragraph.addLine(line);
            paragraphs.add(XmlElement.of(prefixes.name(TEXT, "p")).withChildren(paragraph.content));
        }
        return paragraphs;
    }

    private void addLine(String line) {
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ') {
                int end = i;
                while (end < line.length() && line.charAt(end) == ' ') {
                    end++;
                }
                addSpaces(end - i, i == 0 || end == line.length());
                i = end;
                continue;
            }
            if (c == '\t') {
                addElement(XmlElement.of(prefixes.name(TEXT, "tab")));
            } else if (Character.isHighSurrogate(c) && i + 1 < line.length()
                    && Character.isLowSurrogate(line.charAt(i + 1))) {
                pending.append(c).append(line.charAt(i + 1));
                i++;
            } else if (isXmlCharacter(c)) {
                pending.append(c);
            }
            // control characters and unpaired surrogates cannot be written in XML 1.0: left out
            i++;
        }
        flushText();
    }

    private void addSpaces(int count, boolean atLineEdge) {
        int protectedSpaces = count;
        if (!atLineEdge) {
            pending.append(' ');
            protectedSpaces--;
        }
        if (protectedSpaces > 0) {
            XmlElement spaces = XmlElement.of(prefixes.name(TEXT, "s"));
            String length = Integer.toString(protectedSpaces);
            addElement(protectedSpaces == 1 ? spaces : spaces.withAttribute(prefixes.name(TEXT, "c"), length));
        }
    }

    private void addElement(XmlElement element) {
        flushText();
        content.add(element);
    }

    private void flushText() {
        if (pending.length() > 0) {
            content.add(new XmlNode.Text(pending.toString()));
            pending.setLength(0);
        }
    }

    private static boolean isXmlCharacter(char c) {
        return c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
    }
}
