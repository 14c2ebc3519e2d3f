package dev.relance.extension.uno;

/**
 * The meaning of a number cell, from its number format: Calc stores dates and booleans as numbers
 * and only the format distinguishes them.
 */
enum CellKind {
    NUMBER,
    DATE,
    BOOLEAN;

    // The bits of com.sun.star.util.NumberFormat; DATETIME has the DATE bit set too.
    private static final short DATE_BIT = 2;
    private static final short LOGICAL_BIT = 1024;

    /** Returns the kind for a number format's {@code Type} property. */
    static CellKind ofFormatType(short type) {
        if ((type & DATE_BIT) != 0) {
            return DATE;
        }
        if ((type & LOGICAL_BIT) != 0) {
            return BOOLEAN;
        }
        return NUMBER;
    }
}
