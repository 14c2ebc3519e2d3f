package dev.relance.bench;

import java.io.IOException;
import java.io.Writer;
import java.util.zip.ZipEntry;

/** The typed cells a sheet writer accepts, and the text helpers all writers share. */
interface Cells {

    void text(String value) throws IOException;

    void money(long cents) throws IOException;

    void date(int epochDay) throws IOException;

    void blank() throws IOException;

    /** Writes the client's thirteen cells. */
    static void client(ClientRow client, Cells cells) throws IOException {
        cells.text(client.code());
        cells.text(client.name());
        cells.text(client.address());
        textOrBlank(client.postcode(), cells);
        cells.text(client.city());
        cells.text(client.country());
        textOrBlank(client.email(), cells);
        cells.text(client.language());
        if (client.creditLimitCents() < 0) {
            cells.blank();
        } else {
            cells.money(client.creditLimitCents());
        }
        cells.blank();
        textOrBlank(client.blocked() ? "oui" : "", cells);
        textOrBlank(client.salesRep(), cells);
        textOrBlank(client.category(), cells);
    }

    /** Writes the invoice's ten cells. */
    static void invoice(InvoiceRow invoice, Cells cells) throws IOException {
        cells.text(invoice.number());
        cells.text(invoice.client());
        cells.date(invoice.invoiceDay());
        cells.date(invoice.dueDay());
        cells.money(invoice.amountCents());
        if (invoice.paidBlank()) {
            cells.blank();
        } else {
            cells.money(invoice.paidCents());
        }
        cells.text(invoice.currency());
        cells.text(invoice.label());
        cells.text(invoice.paymentMethod());
        textOrBlank(invoice.note(), cells);
    }

    static void headers(String[] headers, Cells cells) throws IOException {
        for (String header : headers) {
            cells.text(header);
        }
    }

    private static void textOrBlank(String value, Cells cells) throws IOException {
        if (value.isEmpty()) {
            cells.blank();
        } else {
            cells.text(value);
        }
    }

    /** A zip entry dated at a fixed time, so that a seed always gives the same bytes. */
    static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(Ledgers.LAST_DAY_MILLIS);
        return entry;
    }

    /** {@code value} in decimal with leading zeros up to {@code width} digits. */
    static String padded(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** Cents as the shortest decimal number, as spreadsheets store it: 1250, 860.4, -12.05. */
    static String decimal(long cents) {
        long abs = Math.abs(cents);
        StringBuilder text = new StringBuilder(16);
        if (cents < 0) {
            text.append('-');
        }
        text.append(abs / 100);
        long fraction = abs % 100;
        if (fraction != 0) {
            text.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                text.append(fraction % 10);
            }
        }
        return text.toString();
    }

    /** Writes {@code value} escaped for XML text or a double-quoted attribute. */
    static void escaped(String value, Writer out) throws IOException {
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            String entity = switch (value.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null) {
                out.write(value, start, i - start);
                out.write(entity);
                start = i + 1;
            }
        }
        out.write(value, start, value.length() - start);
    }
}
