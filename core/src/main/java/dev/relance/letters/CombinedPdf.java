package dev.relance.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import dev.relance.RelanceException;

/**
 * Joins the letters of a run into one PDF to print, in the order given. Each letter starts on a
 * new page; for printing on both sides, a blank page can be put after each letter that ends on
 * an odd page, so that every letter starts on the front of a sheet.
 */
public final class CombinedPdf {

    private CombinedPdf() {
    }

    /**
     * Returns the combined document.
     *
     * @param letters         the letters' PDF documents, in print order
     * @param oddPageStarts   true to start every letter on an odd page (duplex printing)
     * @throws RelanceException when a letter is not a readable PDF
     */
    public static byte[] merge(List<byte[]> letters, boolean oddPageStarts) {
        // The letters stay open until the combined document is saved: it shares their streams.
        List<PDDocument> opened = new ArrayList<>();
        try (PDDocument combined = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (byte[] letter : letters) {
                if (oddPageStarts && combined.getNumberOfPages() % 2 == 1) {
                    addBlankPage(combined);
                }
                PDDocument document = Loader.loadPDF(letter);
                opened.add(document);
                merger.appendDocument(combined, document);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            combined.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new RelanceException("cannot combine the letters into one PDF: "
                    + e.getMessage(), e);
        } finally {
            opened.forEach(CombinedPdf::closeQuietly);
        }
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException ignored) {
            // Closing a document read from memory frees memory only; nothing is lost.
        }
    }

    /** Adds a blank page of the same size as the last one. */
    private static void addBlankPage(PDDocument document) {
        PDPage last = document.getPage(document.getNumberOfPages() - 1);
        document.addPage(new PDPage(last.getMediaBox()));
    }
}
