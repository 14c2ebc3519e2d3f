package dev.relance.letters;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import dev.relance.RelanceException;

/**
 * Lays out a letter's XHTML with openhtmltopdf and returns the PDF. The paper size and margins
 * come from the document's {@code @page} rule.
 *
 * <p>The letters embed DejaVu Sans, shipped in the templates module, because the PDF base
 * fonts lack characters the letters print, among them the narrow no-break space (U+202F) that
 * groups French digits. The font files are read once; each document embeds the subset it uses.
 * A user's template folder may replace them with other files of the same names.
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

    /**
     * Renders the document and returns the PDF bytes.
     *
     * @param xhtml        a well-formed XHTML document
     * @param locale       the document's language, for line breaking
     * @param templateName the template it was made from, named in errors
     * @throws RelanceException naming the template when the document cannot be laid out
     */
    byte[] render(String xhtml, Locale locale, String templateName) {
        readFonts();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(fontSupplier(regularFont), FONT_FAMILY, REGULAR, FontStyle.NORMAL, true);
        builder.useFont(fontSupplier(boldFont), FONT_FAMILY, BOLD, FontStyle.NORMAL, true);
        builder.useUnicodeLineBreaker(new ElisionLineBreaker(locale));
        builder.withHtmlContent(xhtml, baseUri);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new RelanceException("letter template " + templateName
                    + " produced a document that cannot be laid out as PDF: " + e.getMessage(), e);
        }
        return pdf.toByteArray();
    }

    private synchronized void readFonts() {
        if (regularFont == null) {
            regularFont = templates.readFile(REGULAR_FONT);
            boldFont = templates.readFile(BOLD_FONT);
        }
    }

    private static FSSupplier<InputStream> fontSupplier(byte[] font) {
        return () -> new ByteArrayInputStream(font);
    }
}
