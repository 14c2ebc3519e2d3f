package dev.relance.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import dev.relance.RelanceException;

/**
 * Lays out a letter's XHTML with openhtmltopdf and returns the PDF. The paper size and margins
 * come from the document's {@code @page} rule.
 *
 * <p>The letters embed DejaVu Sans, shipped in the templates module, because the PDF base
 * fonts lack characters the letters print, among them the narrow no-break space (U+202F) that
 * groups French digits. A user's template folder may replace them with other files of the same
 * names. Each document embeds the subset of the fonts it uses.
 *
 * <p>Several threads may render at once. Each render has its own builder, renderer and PDF
 * document, because openhtmltopdf's builder and renderer are made for one document on one
 * thread. The parsed fonts are shared: parsing both fonts for every document took about a quarter
 * of a letter's time (measured with Java Flight Recorder), so parsed fonts are kept and reused.
 * A parsed font reads its tables lazily from one buffer, so it serves one document at a time.
 * Each render borrows a parsed pair and gives it back. A new pair is parsed only when every pair
 * is busy, so there are at most as many pairs as threads rendering at once.
 */
final class XhtmlToPdf {

    /** The font family the stylesheet names. */
    static final String FONT_FAMILY = "DejaVu Sans";

    static final String REGULAR_FONT = "fonts/DejaVuSans.ttf";
    static final String BOLD_FONT = "fonts/DejaVuSans-Bold.ttf";
    private static final int REGULAR = 400;
    private static final int BOLD = 700;

    static {
        // openhtmltopdf logs to the console through java.util.logging unless this global switch
        // is off. Core does not log, and the command line keeps its standard output for JSON.
        // NOTE: PDFBox logs through commons-logging, which uses the Log4j API when present (POI
        // brings it). Without a Log4j provider, the first render prints one error line on
        // standard output, so applications need one, e.g. log4j-to-slf4j next to slf4j-nop.
        XRLog.setLoggingEnabled(false);
    }

    private final LetterTemplates templates;
    private final String baseUri;
    private final Queue<ParsedFonts> idleFonts = new ConcurrentLinkedQueue<>();
    private byte[] regularFont;
    private byte[] boldFont;

    /**
     * @param templates where the fonts are, read on the first render; relative links in a
     *                  document (an image such as {@code logo.png}) are resolved in the user's
     *                  template folder
     */
    XhtmlToPdf(LetterTemplates templates) {
        this.templates = templates;
        this.baseUri = templates.userFolder().map(folder -> folder.toUri().toString()).orElse(null);
    }

    /** The two fonts of the letters, parsed, for one document at a time. */
    private record ParsedFonts(TrueTypeFont regular, TrueTypeFont bold) {
    }

    /**
     * Renders the document and returns the PDF bytes. Safe to call from several threads at once.
     *
     * @param xhtml        a well-formed XHTML document
     * @param locale       the document's language, for line breaking
     * @param templateName the template it was made from, named in errors
     * @throws RelanceException naming the template when the document cannot be laid out, or the
     *                          font file when a font cannot be read
     */
    byte[] render(String xhtml, Locale locale, String templateName) {
        ParsedFonts fonts = borrowFonts();
        try (PDDocument document = new PDDocument()) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            // Loading a parsed font into a document only registers it. The glyphs used are
            // subset and embedded when the document is saved.
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts.regular(), true)),
                    FONT_FAMILY, REGULAR, FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts.bold(), true)),
                    FONT_FAMILY, BOLD, FontStyle.NORMAL, true);
            builder.useUnicodeLineBreaker(new ElisionLineBreaker(locale));
            builder.withHtmlContent(xhtml, baseUri);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new RelanceException("letter template " + templateName
                    + " produced a document that cannot be laid out as PDF: " + e.getMessage(), e);
        } finally {
            idleFonts.add(fonts);
        }
    }

    private ParsedFonts borrowFonts() {
        ParsedFonts idle = idleFonts.poll();
        if (idle != null) {
            return idle;
        }
        readFonts();
        return new ParsedFonts(parse(REGULAR_FONT, regularFont), parse(BOLD_FONT, boldFont));
    }

    private synchronized void readFonts() {
        if (regularFont == null) {
            regularFont = templates.readFile(REGULAR_FONT);
            boldFont = templates.readFile(BOLD_FONT);
        }
    }

    private TrueTypeFont parse(String name, byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException | RuntimeException e) {
            throw new RelanceException("invalid font " + templates.describe(name) + ": " + e.getMessage()
                    + "; expected a TrueType font file (.ttf)", e);
        }
    }
}
