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
 * Lays out a letter's XHTML on A4 pages with openhtmltopdf and returns the PDF.
 *
 * <p>The letters embed DejaVu Sans, shipped in the templates module, because the PDF base
 * fonts lack characters the letters print, among them the narrow no-break space (U+202F) that
 * groups French digits. The font files are read once; each document embeds the subset it uses.
 */
final class XhtmlToPdf {

    /** The font family the stylesheet names. */
    static final String FONT_FAMILY = "DejaVu Sans";

    private static final String FONTS = LetterTemplates.FOLDER + "fonts/";
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

    private final byte[] regularFont;
    private final byte[] boldFont;

    XhtmlToPdf() {
        regularFont = readResource(FONTS + "DejaVuSans.ttf");
        boldFont = readResource(FONTS + "DejaVuSans-Bold.ttf");
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
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(fontSupplier(regularFont), FONT_FAMILY, REGULAR, FontStyle.NORMAL, true);
        builder.useFont(fontSupplier(boldFont), FONT_FAMILY, BOLD, FontStyle.NORMAL, true);
        builder.useUnicodeLineBreaker(new ElisionLineBreaker(locale));
        builder.withHtmlContent(xhtml, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new RelanceException("letter template " + templateName
                    + " produced a document that cannot be laid out as PDF: " + e.getMessage(), e);
        }
        return pdf.toByteArray();
    }

    private static FSSupplier<InputStream> fontSupplier(byte[] font) {
        return () -> new ByteArrayInputStream(font);
    }

    private static byte[] readResource(String name) {
        try (InputStream in = XhtmlToPdf.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new RelanceException("letter font " + name + " not found on the class path;"
                        + " it ships in the relance-templates jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new RelanceException(
                    "cannot read letter font " + name + ": " + e.getMessage(), e);
        }
    }
}
