package dev.relance.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.relance.ledger.Ledger;
import dev.relance.ledger.LedgerReader;
import dev.relance.workbook.CellRef;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.WorkbookEdit.CellWrite;
import dev.relance.workbook.WorkbookFormat;

class SendingRecorderTest {

    private static final String DUPONT = "2026-12-04_C001_EUR_level-1";
    private static final String HARBOUR = "2026-12-04_C002_EUR_level-1";
    private static final Instant NINE_TWELVE_UTC = Instant.parse("2026-12-04T09:12:03Z");

    private final SendingRecorder recorder = new SendingRecorder(ZoneId.of("Europe/Paris"));

    /** A history of run 2026-12-04: two rows of Dupont's letter, one of Harbour's. */
    private static Ledger ledger(List<Object> moreHeaders, List<Object> dupontMore,
            List<Object> harbourMore) {
        Sheet clients = sheet("Clients", row(0, "Code client", "Raison sociale"),
                row(1, "C001", "Dupont"), row(2, "C002", "Harbour"));
        Sheet invoices = sheet("Factures",
                row(0, "N° facture", "Code client", "Échéance", "Montant TTC"),
                row(1, "F-101", "C001", LocalDate.parse("2026-10-01"), 100));
        Sheet history = sheet("Relances",
                row(0, concat(List.of("Date", "Lot", "Client", "Facture", "Niveau", "Lettre"),
                        moreHeaders)),
                row(1, concat(historyCells("C001", "F-101", DUPONT), dupontMore)),
                row(2, concat(historyCells("C001", "F-102", DUPONT), dupontMore)),
                row(3, concat(historyCells("C002", "F-201", HARBOUR), harbourMore)));
        Workbook workbook = new Workbook(WorkbookFormat.XLSX, List.of(clients, invoices, history),
                false);
        return new LedgerReader().read(workbook);
    }

    private static Ledger ledger() {
        return ledger(List.of(), List.of(), List.of());
    }

    private static List<Object> historyCells(String client, String invoice, String letter) {
        return List.of(LocalDate.parse("2026-12-04"), "2026-12-04", client, invoice, 1,
                letter + ".pdf");
    }

    private static List<Object> concat(List<Object> first, List<Object> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private static Sheet sheet(String name, Row... rows) {
        return new Sheet(name, false, Arrays.asList(rows));
    }

    private static Row row(int index, Object... cells) {
        return row(index, Arrays.asList(cells));
    }

    private static Row row(int index, List<Object> cells) {
        return new Row(index, cells.stream().map(SendingRecorderTest::cell).toList());
    }

    private static CellValue cell(Object value) {
        if (value instanceof String text) {
            return new CellValue.Text(text);
        }
        if (value instanceof Integer number) {
            return new CellValue.Number(BigDecimal.valueOf(number));
        }
        if (value instanceof LocalDate date) {
            return new CellValue.DateValue(date);
        }
        return CellValue.EMPTY;
    }

    private static CellWrite write(String cell, String text) {
        return new CellWrite(CellRef.parse(cell), text.isEmpty() ? CellValue.EMPTY
                : new CellValue.Text(text));
    }

    private static SendingOutcome sent(String letter, String messageId) {
        return new SendingOutcome(letter + ".eml", NINE_TWELVE_UTC, Optional.of(messageId),
                Optional.empty());
    }

    private static SendingOutcome failed(String letter, String error) {
        return new SendingOutcome(letter + ".eml", NINE_TWELVE_UTC, Optional.empty(),
                Optional.of(error));
    }

    @Test
    void sentLetterGetsLocalTimeAndMessageIdOnEachOfItsRowsUnderNewHeaders() {
        SendingRecord record = recorder.record(ledger(), "2026-12-04",
                List.of(sent(DUPONT, "<1.2@atelier-martin.fr>")));

        assertThat(record.drafts()).containsExactly(DUPONT + ".eml");
        assertThat(record.edit().sheets()).hasSize(1);
        assertThat(record.edit().sheets().get(0).sheetName()).isEqualTo("Relances");
        assertThat(record.edit().sheets().get(0).cells()).containsExactly(
                write("G1", "Envoyé le"), write("H1", "Envoi"),
                write("G2", "2026-12-04 10:12:03"), write("H2", "<1.2@atelier-martin.fr>"),
                write("G3", "2026-12-04 10:12:03"), write("H3", "<1.2@atelier-martin.fr>"));
    }

    @Test
    void failureLeavesSentAtBlankAndSaysWhyInTheWorkbookLanguage() {
        SendingRecord record = recorder.record(ledger(), "2026-12-04",
                List.of(failed(HARBOUR, "Invalid Addresses: 550 5.1.1 unknown user")));

        assertThat(record.edit().sheets().get(0).cells()).containsExactly(
                write("G1", "Envoyé le"), write("H1", "Envoi"),
                write("G4", ""), write("H4", "échec : Invalid Addresses: 550 5.1.1 unknown user"));
    }

    @Test
    void rowAlreadySentIsNeverOverwritten() {
        Ledger ledger = ledger(List.of("Envoyé le", "Envoi"), List.of("envoyé à la main"),
                List.of("", "échec : 421 try later"));

        SendingRecord record = recorder.record(ledger, "2026-12-04", List.of(
                failed(DUPONT, "421 try later"), sent(HARBOUR, "<3@atelier-martin.fr>")));

        assertThat(record.drafts()).containsExactly(HARBOUR + ".eml");
        assertThat(record.edit().sheets().get(0).cells()).containsExactly(
                write("G4", "2026-12-04 10:12:03"), write("H4", "<3@atelier-martin.fr>"));
        assertThat(recorder.sentLetters(ledger, "2026-12-04")).containsExactly(DUPONT + ".pdf");
    }

    @Test
    void outcomesTheHistoryHoldsGiveAnEmptyEdit() {
        Ledger ledger = ledger(List.of("Sent at", "Sending"),
                List.of("2026-12-04 10:12:03", "<1.2@atelier-martin.fr>"),
                List.of("", "échec : 421 try later"));

        SendingRecord record = recorder.record(ledger, "2026-12-04", List.of(
                sent(DUPONT, "<1.2@atelier-martin.fr>"), failed(HARBOUR, "421 try later")));

        assertThat(record.edit().isEmpty()).isTrue();
        assertThat(record.drafts()).isEmpty();
    }

    @Test
    void outcomesOfAnotherRunAreLeftOut() {
        SendingRecord record = recorder.record(ledger(), "2026-11-04",
                List.of(sent(DUPONT, "<1.2@atelier-martin.fr>")));

        assertThat(record.edit().isEmpty()).isTrue();
    }
}
