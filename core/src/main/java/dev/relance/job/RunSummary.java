package dev.relance.job;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dev.relance.ledger.Language;
import dev.relance.plan.LetterPlan;
import dev.relance.plan.Plan;
import dev.relance.plan.Skip;

/**
 * The run summary, {@code run-summary.csv}: one row per letter, then one per client skipped, in
 * the plan's order, for the user to check the run in a spreadsheet.
 *
 * <p>Written for Excel as much as for Calc: UTF-8 with a byte order mark (without it Excel reads
 * the file in the system's legacy encoding), and in a French workbook {@code ;} between fields
 * and a decimal comma, which is what Excel expects with French regional settings.
 */
final class RunSummary {

    static final String FILE_NAME = "run-summary.csv";
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private static final List<String> FRENCH_HEADER = List.of("Statut", "Client", "Nom", "Devise",
            "Niveau", "Total", "Pénalités", "Frais", "E-mail", "Lettre", "Brouillon e-mail", "Motif");
    private static final List<String> ENGLISH_HEADER = List.of("Status", "Client", "Name", "Currency",
            "Level", "Total", "Interest", "Fees", "Email", "Letter", "Email draft", "Reason");

    private RunSummary() {
    }

    /** The files written for one letter, by file name; empty when not written. */
    record LetterFiles(Optional<String> pdf, Optional<String> draft) {
    }

    /**
     * Returns the summary's bytes.
     *
     * @param files the files written for each letter of the plan, in the plan's order
     */
    static byte[] write(Plan plan, List<LetterFiles> files, Language language) {
        boolean french = language == Language.FR;
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(french ? ';' : ',')
                .setHeader((french ? FRENCH_HEADER : ENGLISH_HEADER).toArray(String[]::new))
                .get();
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(csv, format)) {
            for (int index = 0; index < plan.letters().size(); index++) {
                printer.printRecord(letterRow(plan.letters().get(index), files.get(index), french));
            }
            for (Skip skip : plan.skipped()) {
                printer.printRecord(french ? "ignoré" : "skipped", skip.client(), skip.name(),
                        skip.currency(), "", "", "", "", "", "", "", skip.reason().code());
            }
        } catch (IOException e) {
            // a StringWriter does not fail, so this is a programming error
            throw new IllegalStateException(e);
        }
        return (BYTE_ORDER_MARK + csv).getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> letterRow(LetterPlan letter, LetterFiles written, boolean french) {
        return List.of(french ? "lettre" : "letter", letter.client().code(), letter.client().name(),
                letter.currency(), Integer.toString(letter.level()),
                number(letter.total(), french),
                number(letter.charges().interestTotal(), french),
                number(letter.charges().fees(), french),
                letter.client().email().strip(),
                written.pdf().orElse(""), written.draft().orElse(""), "");
    }

    /** Writes an amount as a spreadsheet reads it: no grouping, the language's decimal mark. */
    private static String number(BigDecimal amount, boolean french) {
        String plain = (amount.scale() < 2 ? amount.setScale(2) : amount).toPlainString();
        return french ? plain.replace('.', ',') : plain;
    }
}
