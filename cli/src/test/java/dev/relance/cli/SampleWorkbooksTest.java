package dev.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Plans on the shipped sample workbooks, whose expected letters are written out here. */
class SampleWorkbooksTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"exemple-relances.xlsx", "exemple-relances.ods"})
    void frenchSamplePlansEveryRule(String sample) throws IOException {
        Path workbook = copySample(sample);

        CliRun run = CliRun.of("plan", workbook.toString(), "--as-of", "2026-12-04", "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode plan = run.json();
        assertThat(plan.get("asOf").asText()).isEqualTo("2026-12-04");
        assertThat(plan.get("mode").asText()).isEqualTo("auto");
        assertThat(letterSummaries(plan)).containsExactly(
                "C001 EUR level 1 total 1810.40 [F-2026-101 1250.00 50d 0>1, F-2026-115 560.40 33d 0>1] []",
                "C002 EUR level 2 total 2955.00 [F-2026-060 2340.00 76d 1>2, F-2026-112 615.00 34d 0>1] []",
                "C003 EUR level 1 total 3600.00 [F-2026-071 3600.00 64d 0>1] []",
                "C003 USD level 1 total 2750.00 [F-2026-072 1800.00 64d 0>1, F-2026-119 950.00 25d 0>1] []",
                "C004 EUR level 1 total 3850.00 [F-2026-090 4200.00 55d 0>1] [AV-2026-007 -350.00]",
                "C006 EUR level 1 total 530.00 [F-2026-097 530.00 40d 0>1] []",
                "C008 EUR level 3 total 2375.50 [F-2026-041 2375.50 117d 2>3] []",
                "C012 EUR level 3 total 4120.00 [F-2026-030 4120.00 142d 3>3] []");
        assertThat(skipSummaries(plan)).containsExactly(
                "C005 EUR blocked",
                "C007 EUR within-credit-limit",
                "C009 EUR below-minimum",
                "C010 EUR too-soon",
                "C011 EUR no-overdue-balance");
        assertThat(plan.get("problems")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample-reminders.xlsx", "sample-reminders.ods"})
    void englishSamplePlansInItsDefaultCurrency(String sample) throws IOException {
        Path workbook = copySample(sample);

        CliRun run = CliRun.of("plan", workbook.toString(), "--as-of", "2026-12-04", "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode plan = run.json();
        assertThat(letterSummaries(plan)).containsExactly(
                "A100 GBP level 1 total 1800.00 [INV-1001 1480.00 64d 0>1, INV-1007 320.00 29d 0>1] []",
                "A200 EUR level 2 total 3200.00 [INV-1002 3200.00 81d 1>2] []",
                "A300 EUR level 1 total 800.00 [INV-1003 890.00 45d 0>1] [CN-0004 -90.00]");
        assertThat(skipSummaries(plan)).containsExactly(
                "A400 GBP blocked",
                "A500 GBP below-minimum");
        assertThat(plan.get("problems")).isEmpty();
    }

    private Path copySample(String name) throws IOException {
        Path target = folder.resolve(name);
        try (InputStream sample = DemoCommand.class.getResourceAsStream("samples/" + name)) {
            Files.copy(sample, target);
        }
        return target;
    }

    /** Formats each letter on one line, so that a failure shows the whole plan at once. */
    static List<String> letterSummaries(JsonNode plan) {
        List<String> summaries = new ArrayList<>();
        for (JsonNode letter : plan.get("letters")) {
            List<String> invoices = new ArrayList<>();
            for (JsonNode invoice : letter.get("invoices")) {
                invoices.add(invoice.get("number").asText() + " " + invoice.get("balance").decimalValue() + " "
                        + invoice.get("daysOverdue").asInt() + "d " + invoice.get("previousLevel").asInt() + ">"
                        + invoice.get("level").asInt());
            }
            List<String> credits = new ArrayList<>();
            for (JsonNode credit : letter.get("credits")) {
                credits.add(credit.get("number").asText() + " " + credit.get("balance").decimalValue());
            }
            summaries.add(letter.get("client").asText() + " " + letter.get("currency").asText() + " level "
                    + letter.get("level").asInt() + " total " + letter.get("total").decimalValue() + " "
                    + invoices + " " + credits);
        }
        return summaries;
    }

    static List<String> skipSummaries(JsonNode plan) {
        List<String> summaries = new ArrayList<>();
        for (JsonNode skip : plan.get("skipped")) {
            summaries.add(skip.get("client").asText() + " " + skip.get("currency").asText() + " "
                    + skip.get("reason").asText());
        }
        return summaries;
    }
}
