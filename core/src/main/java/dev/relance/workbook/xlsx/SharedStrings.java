package dev.relance.workbook.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.relance.RelanceException;
import dev.relance.workbook.ReadLimits;

/**
 * The shared string table of {@code xl/sharedStrings.xml}, which {@code t="s"} cells index. A
 * workbook of a million rows can hold a million and a half distinct strings, so they are kept as
 * UTF-8 in one byte array with the offset where each ends, not as that many {@code String}
 * objects; a cell that uses a string gets a copy of it, shared with the cells that used it lately.
 */
final class SharedStrings {

    private static final int INITIAL_CAPACITY = 1024;
    /** Strings decoded lately, by index modulo this size: codes, currencies and labels recur. */
    private static final int RECENT_SIZE = 4096;

    private byte[] bytes;
    private int[] ends;
    private int count;
    private int length;
    private final String[] recent = new String[RECENT_SIZE];
    private final int[] recentIndex = new int[RECENT_SIZE];

    private SharedStrings(int capacity) {
        this.bytes = new byte[capacity * 16];
        this.ends = new int[capacity];
    }

    static SharedStrings none() {
        return new SharedStrings(0);
    }

    static SharedStrings parse(XMLStreamReader reader) throws XMLStreamException {
        SharedStrings strings = new SharedStrings(INITIAL_CAPACITY);
        while (reader.hasNext()) {
            reader.next();
            if (Ooxml.isStart(reader, "si")) {
                strings.add(readRichText(reader, "si"));
            }
        }
        return strings;
    }

    Optional<String> find(int index) {
        if (index < 0 || index >= count) {
            return Optional.empty();
        }
        int slot = index & (RECENT_SIZE - 1);
        String text = recent[slot];
        if (text == null || recentIndex[slot] != index) {
            int start = index == 0 ? 0 : ends[index - 1];
            text = new String(bytes, start, ends[index] - start, StandardCharsets.UTF_8);
            recent[slot] = text;
            recentIndex[slot] = index;
        }
        return Optional.of(text);
    }

    private void add(String text) {
        byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
        if (count + 1L > ReadLimits.MAX_SHARED_STRINGS) {
            throw tooMany("entries", ReadLimits.MAX_SHARED_STRINGS);
        }
        if ((long) length + encoded.length > ReadLimits.MAX_SHARED_STRING_BYTES) {
            throw tooMany("bytes of text", ReadLimits.MAX_SHARED_STRING_BYTES);
        }
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, Math.max(INITIAL_CAPACITY, ends.length + ends.length / 2));
        }
        if (length + encoded.length > bytes.length) {
            // grown by half, not doubled, so that the old and new arrays fit together in a small heap
            long grown = Math.max((long) length + encoded.length, bytes.length + (long) bytes.length / 2);
            bytes = Arrays.copyOf(bytes, (int) Math.min(grown, ReadLimits.MAX_SHARED_STRING_BYTES));
        }
        System.arraycopy(encoded, 0, bytes, length, encoded.length);
        length += encoded.length;
        ends[count++] = length;
    }

    private static RelanceException tooMany(String unit, long limit) {
        String amount = String.format(Locale.ROOT, "%,d", limit);
        return new RelanceException("the workbook exceeds a read limit: the shared strings part"
                + " contains more than " + amount + " " + unit + " (limit: " + amount + ")");
    }

    /**
     * Reads the text of a string item ({@code <si>} or an inline {@code <is>}), with the reader on
     * its start tag, and leaves the reader on its end tag. Rich text stores its text in runs
     * ({@code <r><t>}), which are joined. Phonetic runs ({@code <rPh>}, the furigana of Japanese
     * text) repeat the reading of the text and are skipped. A text longer than a cell may hold
     * is cut one character past the limit, so that the cell that shows it can be reported.
     */
    static String readRichText(XMLStreamReader reader, String element) throws XMLStreamException {
        // most strings are one <t> run, kept as read; only runs of formatted text are joined
        String only = null;
        StringBuilder text = null;
        int phoneticDepth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT && Ooxml.isElement(reader, "rPh")) {
                phoneticDepth++;
            } else if (event == XMLStreamConstants.END_ELEMENT && Ooxml.isElement(reader, "rPh")) {
                phoneticDepth--;
            } else if (event == XMLStreamConstants.START_ELEMENT && Ooxml.isElement(reader, "t")
                    && phoneticDepth == 0) {
                String run = readText(reader);
                if (only == null && text == null) {
                    only = run;
                } else {
                    if (text == null) {
                        text = new StringBuilder(only);
                    }
                    ReadLimits.appendBounded(text, run);
                }
            } else if (Ooxml.isEnd(reader, element)) {
                break;
            }
        }
        return OoxmlText.decode(joined(only, text));
    }

    /**
     * Returns the text of the element the reader is on, cut one character past the cell text
     * limit, and leaves the reader on its end tag. Child elements, which a text element should
     * not have, are skipped with their text.
     */
    static String readText(XMLStreamReader reader) throws XMLStreamException {
        // Nearly every element contains one piece of text: it is returned as the parser made it,
        // without a copy through a builder, since a sheet has millions of them.
        String only = null;
        StringBuilder text = null;
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (depth == 1 && isText(event)) {
                String part = reader.getText();
                if (only == null && text == null && part.length() <= ReadLimits.MAX_TEXT_LENGTH) {
                    only = part;
                } else {
                    if (text == null) {
                        text = new StringBuilder(only == null ? "" : only);
                    }
                    ReadLimits.appendBounded(text, part);
                }
            }
        }
        return joined(only, text);
    }

    /** Returns the joined text when there was more than one piece, else the only piece or "". */
    private static String joined(String only, StringBuilder text) {
        if (text != null) {
            return text.toString();
        }
        return only == null ? "" : only;
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }
}
