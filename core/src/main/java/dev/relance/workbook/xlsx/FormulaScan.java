package dev.relance.workbook.xlsx;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Looks for a formula element, {@code <f>} with or without a prefix, in the bytes of a part as
 * they go by: much faster than parsing, so that a large sheet without formulas costs little. It
 * may raise a false alarm (the same letters in text), never miss one.
 */
final class FormulaScan {

    private int beforePrevious;
    private int previous;
    private boolean found;

    void scan(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length && !found; i++) {
            int current = bytes[i];
            boolean afterName = current == '>' || current == '/' || current == ' '
                    || current == '\t' || current == '\r' || current == '\n';
            found = afterName && previous == 'f' && (beforePrevious == '<' || beforePrevious == ':');
            beforePrevious = previous;
            previous = current;
        }
    }

    boolean found() {
        return found;
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
                scan(bytes, offset, length);
                out.write(bytes, offset, length);
            }
        };
    }
}
