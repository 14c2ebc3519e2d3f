package dev.relance.letters;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.zip.CRC32;

import dev.relance.plan.LetterPlan;

/** Names the files a letter is written to. */
public final class LetterFiles {

    private static final int MAX_CODE_LENGTH = 40;

    private LetterFiles() {
    }

    /**
     * Returns the letter's PDF file name, safe on every file system and predictable:
     * {@code 2026-12-04_C001_EUR_level-2.pdf}.
     */
    public static String pdfName(LocalDate asOf, LetterPlan letter) {
        return baseName(asOf, letter) + ".pdf";
    }

    /** Returns the letter's file name without extension, shared by its PDF and e-mail draft. */
    public static String baseName(LocalDate asOf, LetterPlan letter) {
        return asOf + "_" + safePart(letter.client().code()) + "_" + safePart(letter.currency())
                + "_level-" + letter.level();
    }

    /**
     * Reduces a client code or currency to letters, digits, {@code -} and {@code .}: accents are
     * dropped, anything else becomes {@code -}, so a code such as {@code ../x} or {@code CON} can
     * neither leave the output folder nor name a device on Windows (the name always starts with
     * the date). When that changes the code beyond its case, a short hash of the code is added,
     * so that {@code A/1}, {@code A 1} and {@code A-1} still get three different files.
     */
    static String safePart(String text) {
        String code = text.strip();
        String ascii = Normalizer.normalize(code, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String safe = ascii.replaceAll("[^A-Za-z0-9.-]+", "-").replaceAll("\\.{2,}", ".");
        safe = safe.replaceAll("^[.-]+|[.-]+$", "");
        String bounded = safe.length() > MAX_CODE_LENGTH ? safe.substring(0, MAX_CODE_LENGTH) : safe;
        String upper = bounded.toUpperCase(Locale.ROOT);
        if (upper.equals(code.toUpperCase(Locale.ROOT))) {
            return upper;
        }
        return (upper.isEmpty() ? "X" : upper) + "-" + shortHash(code.toUpperCase(Locale.ROOT));
    }

    private static String shortHash(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%08X", crc.getValue());
    }
}
