package dev.relance.workbook.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

import dev.relance.workbook.ReadLimits;

/**
 * The cell formats ({@code <cellXfs>}) of {@code xl/styles.xml}, reduced to what decides how a
 * number cell reads: whether its number format is a date format. A cell's {@code s} attribute
 * is an index into this list.
 */
final class CellStyles {

    /**
     * One {@code <xf>} of {@code <cellXfs>}.
     *
     * @param formatCode the number format's code, built-in or custom; empty when unknown
     * @param plain      whether it uses the default font, fill and border
     */
    record CellFormat(int numFmtId, String formatCode, boolean plain) {

        boolean isDate() {
            return DateUtil.isADateFormat(numFmtId, formatCode);
        }

        /**
         * Returns whether the format shows a day, a month and a year and no time of day, so
         * that it suits a date that Relance writes.
         */
        boolean isDayMonthYear() {
            String code = withoutLiterals(formatCode).toLowerCase(Locale.ROOT);
            return isDate() && code.contains("d") && code.contains("m") && code.contains("y")
                    && !code.contains("h") && !code.contains("s");
        }
    }

    private static final int MAX_FORMAT_CODE_LENGTH = 255;

    private final List<CellFormat> formats;
    /**
     * Whether each format is a date format, decided on its first use and kept, because the check
     * runs regular expressions and a sheet uses a few formats a million times: 0 not decided yet,
     * 1 a date, 2 not a date.
     */
    private final byte[] dates;

    private CellStyles(List<CellFormat> formats) {
        this.formats = List.copyOf(formats);
        this.dates = new byte[formats.size()];
    }

    static CellStyles none() {
        return new CellStyles(List.of());
    }

    static CellStyles parse(XMLStreamReader reader) throws XMLStreamException {
        Map<Integer, String> customCodes = new HashMap<>();
        List<CellFormat> formats = new ArrayList<>();
        boolean inCellXfs = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT && Ooxml.isElement(reader, "numFmt")) {
                customCodes.put(parseIndex(Ooxml.attribute(reader, "numFmtId")),
                        boundedCode(Ooxml.attribute(reader, "formatCode")));
                ReadLimits.checkEntries(customCodes.size(), "the styles part");
            } else if (event == XMLStreamConstants.START_ELEMENT
                    && Ooxml.isElement(reader, "cellXfs")) {
                inCellXfs = true;
            } else if (event == XMLStreamConstants.END_ELEMENT
                    && Ooxml.isElement(reader, "cellXfs")) {
                inCellXfs = false;
            } else if (inCellXfs && event == XMLStreamConstants.START_ELEMENT
                    && Ooxml.isElement(reader, "xf")) {
                formats.add(readXf(reader, customCodes));
                ReadLimits.checkEntries(formats.size(), "the styles part");
            }
        }
        return new CellStyles(formats);
    }

    /** Returns the number of {@code <xf>} entries, which is the index the next one gets. */
    int count() {
        return formats.size();
    }

    /** Returns whether the style index has a date format; unknown indexes are not dates. */
    boolean isDate(int styleIndex) {
        if (styleIndex < 0 || styleIndex >= dates.length) {
            return false;
        }
        if (dates[styleIndex] == 0) {
            dates[styleIndex] = formats.get(styleIndex).isDate() ? (byte) 1 : (byte) 2;
        }
        return dates[styleIndex] == 1;
    }

    /** Finds a style with a day-month-year date format and a plain look, to reuse for dates. */
    OptionalInt findPlainDateStyle() {
        for (int i = 0; i < formats.size(); i++) {
            if (formats.get(i).plain() && formats.get(i).isDayMonthYear()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Parses a non-negative index attribute; a missing or garbled one reads as 0, the default. */
    static int parseIndex(String value) {
        if (value.isEmpty()) {
            // most cells have no style: no exception for them
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException ignored) {
            // Excel treats a missing index as the default entry 0; a garbled one is read alike.
            return 0;
        }
    }

    /** Reads an {@code <xf>}. Custom codes are known, as {@code <numFmts>} comes first. */
    private static CellFormat readXf(XMLStreamReader reader, Map<Integer, String> customCodes) {
        int numFmtId = parseIndex(Ooxml.attribute(reader, "numFmtId"));
        String code = customCodes.getOrDefault(numFmtId, builtinCode(numFmtId));
        boolean plain = parseIndex(Ooxml.attribute(reader, "fontId")) == 0
                && parseIndex(Ooxml.attribute(reader, "fillId")) == 0
                && parseIndex(Ooxml.attribute(reader, "borderId")) == 0;
        return new CellFormat(numFmtId, code, plain);
    }

    /**
     * Drops a format code longer than Excel accepts (255 characters): each date check runs
     * regular expressions over the code, which a crafted code of a megabyte would make slow.
     */
    private static String boundedCode(String code) {
        return code.length() > MAX_FORMAT_CODE_LENGTH ? "" : code;
    }

    private static String builtinCode(int numFmtId) {
        String code = BuiltinFormats.getBuiltinFormat(numFmtId);
        return code == null ? "" : code;
    }

    /** Removes quoted text, escaped characters and bracketed parts such as colours or locales. */
    private static String withoutLiterals(String formatCode) {
        return formatCode.replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\\\.", "")
                .replaceAll("\\[[^\\]]*\\]", "");
    }
}
