package dev.relance.workbook.xlsx;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import dev.relance.workbook.XmlBytes;

/**
 * Looks for a formula element, {@code <f>} with or without a prefix, in the bytes of a part as
 * they go by: much faster than parsing, so that a large sheet without formulas costs little. It
 * may raise a false alarm (the same letters in text), never miss one.
 */
final class FormulaScan {

    /** The last two bytes scanned, for a formula tag cut between two calls. */
    private int beforePrevious;
    private int previous;
    private boolean found;
    private boolean paused;

    void scan(byte[] bytes, int offset, int length) {
        if (found || length <= 0) {
            return;
        }
        int end = offset + length;
        found = isFormula(beforePrevious, previous, bytes[offset])
                || length >= 2 && isFormula(previous, bytes[offset], bytes[offset + 1]);
        // Looks at each f with a byte on either side; those at the ends were checked above.
        int at = XmlBytes.indexOf(bytes, (byte) 'f', offset + 1, end - 1);
        while (at >= 0 && !found) {
            found = isFormula(bytes[at - 1], 'f', bytes[at + 1]);
            at = XmlBytes.indexOf(bytes, (byte) 'f', at + 1, end - 1);
        }
        beforePrevious = length >= 2 ? bytes[end - 2] : previous;
        previous = bytes[end - 1];
    }

    /** Returns whether the three bytes are the f of a start tag and what comes before and after. */
    private static boolean isFormula(int before, int current, int after) {
        boolean afterName = after == '>' || after == '/' || after == ' ' || after == '\t'
                || after == '\r' || after == '\n';
        return afterName && current == 'f' && (before == '<' || before == ':');
    }

    boolean found() {
        return found;
    }

    /** Makes {@link #watching} pass bytes on without scanning them, until {@link #resume}. */
    void pause() {
        paused = true;
    }

    /** Makes {@link #watching} scan the bytes it passes on again. */
    void resume() {
        paused = false;
    }

    /** Returns a stream that writes to the target and scans what goes through it. */
    OutputStream watching(OutputStream target) {
        return new FilterOutputStream(target) {
            @Override
            public void write(int oneByte) throws IOException {
                write(new byte[] {(byte) oneByte}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (!paused) {
                    scan(bytes, offset, length);
                }
                out.write(bytes, offset, length);
            }
        };
    }
}
