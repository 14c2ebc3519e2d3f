package dev.relance.ledger;

/** A column a table reader looks for in a header row. */
interface TableField {

    /** Returns the field's name in error messages, such as {@code invoice number}. */
    String label();

    /** Returns the header names accepted for the field. */
    HeaderNames headers();

    /** Returns whether several columns are read together, rather than the best-named one. */
    default boolean allowsSeveralColumns() {
        return false;
    }
}
