package dev.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

import dev.relance.ledger.TextKey;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;
import dev.relance.workbook.Workbook;
import dev.relance.workbook.Workbooks;

/**
 * Runs the shared real-world cases (small workbooks reproducing trouble reported by users of
 * spreadsheet libraries) through the command line, step by step, and compares each plan with the
 * expectation written by hand for it. The cases live in the {@code shared/cases} folder beside
 * this repository; their README gives the format and the comparison rules applied here.
 */
class RealWorldCasesTest {

    @TestFactory
    Stream<DynamicNode> sharedCases() throws IOException {
        Optional<Path> cases = findCasesFolder();
        assumeTrue(cases.isPresent(), "no shared/cases folder beside the repository; real-world cases not run");

        List<DynamicNode> nodes = new ArrayList<>();
        try (Stream<Path> files = Files.list(cases.get().resolve("expected"))) {
            for (Path expected : files.filter(file -> file.toString().endsWith(".json")).sorted().toList()) {
                nodes.add(caseContainer(cases.get(), CliRun.JSON.readTree(expected.toFile())));
            }
        }
        return nodes.stream();
    }

    private static DynamicContainer caseContainer(Path cases, JsonNode testCase) {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode workbook : testCase.get("workbooks")) {
            Path source = cases.resolve(workbook.asText());
            tests.add(DynamicTest.dynamicTest(workbook.asText(), () -> runScript(source, testCase.get("script"))));
        }
        return DynamicContainer.dynamicContainer(testCase.get("name").asText(), tests);
    }

    private static void runScript(Path source, JsonNode script) throws IOException {
        Path folder = Files.createTempDirectory("relance-case-");
        Path workbook = folder.resolve(source.getFileName());
        Files.copy(source, workbook);

        for (JsonNode step : script) {
            if (step.has("plan")) {
                checkPlanStep(workbook, step);
            } else if (step.has("run")) {
                checkRunStep(workbook, step);
            } else if (step.has("history")) {
                checkHistory(workbook, step.get("history"));
            } else {
                throw new AssertionError("unknown step " + step);
            }
        }
    }

    private static void checkPlanStep(Path workbook, JsonNode step) throws IOException {
        byte[] before = Files.readAllBytes(workbook);

        CliRun run = CliRun.of("plan", workbook.toString(), "--as-of", step.get("plan").asText(), "--json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readAllBytes(workbook)).as("plan leaves the workbook unchanged").isEqualTo(before);
        comparePlan(run.json(), step.get("expect"), run.toString());
    }

    private static void checkRunStep(Path workbook, JsonNode step) {
        Path letters = workbook.resolveSibling("letters-" + step.get("run").asText());

        CliRun run = CliRun.of("run", workbook.toString(), "--as-of", step.get("run").asText(), "--out",
                letters.toString());

        int expectedExit = step.path("expectFail").asBoolean(false) ? 1 : 0;
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(expectedExit);
    }

    private static void comparePlan(JsonNode actual, JsonNode expected, String context) {
        assertThat(actual.get("asOf").asText()).as(context).isEqualTo(expected.get("asOf").asText());
        assertThat(actual.get("mode").asText()).as(context).isEqualTo(expected.get("mode").asText());

        JsonNode actualLetters = actual.get("letters");
        JsonNode expectedLetters = expected.get("letters");
        assertThat(letterKeys(actualLetters)).as(context).isEqualTo(letterKeys(expectedLetters));
        for (int i = 0; i < expectedLetters.size(); i++) {
            compareLetter(actualLetters.get(i), expectedLetters.get(i), context);
        }

        assertThat(skipSet(actual.get("skipped"))).as(context).isEqualTo(skipSet(expected.get("skipped")));
        compareProblems(actual.get("problems"), expected, context);
    }

    private static void compareLetter(JsonNode actual, JsonNode expected, String context) {
        String where = context + "\nletter " + expected.get("client").asText() + " " + expected.get("currency");
        assertThat(actual.get("level").asInt()).as(where).isEqualTo(expected.get("level").asInt());
        assertThat(decimal(actual.get("total"))).as(where).isEqualByComparingTo(decimal(expected.get("total")));

        List<String> actualNumbers = new ArrayList<>();
        actual.get("invoices").forEach(invoice -> actualNumbers.add(invoice.get("number").asText()));
        List<String> expectedNumbers = new ArrayList<>();
        expected.get("invoices").forEach(invoice -> expectedNumbers.add(invoice.get("number").asText()));
        assertThat(actualNumbers).as(where).isEqualTo(expectedNumbers);

        for (int i = 0; i < expectedNumbers.size(); i++) {
            compareInvoice(actual.get("invoices").get(i), expected.get("invoices").get(i), where);
        }
        assertThat(creditSet(actual.get("credits"))).as(where).isEqualTo(creditSet(expected.get("credits")));
    }

    private static void compareInvoice(JsonNode actual, JsonNode expected, String where) {
        String at = where + " invoice " + expected.get("number").asText();
        assertThat(decimal(actual.get("balance"))).as(at).isEqualByComparingTo(decimal(expected.get("balance")));
        assertThat(actual.get("level").asInt()).as(at).isEqualTo(expected.get("level").asInt());
        for (String optional : List.of("previousLevel", "daysOverdue")) {
            if (expected.has(optional)) {
                assertThat(actual.get(optional).asInt()).as(at + " " + optional)
                        .isEqualTo(expected.get(optional).asInt());
            }
        }
        if (expected.has("dueDate")) {
            assertThat(actual.get("dueDate").asText()).as(at).isEqualTo(expected.get("dueDate").asText());
        }
    }

    private static void compareProblems(JsonNode actual, JsonNode expected, String context) {
        List<String> reported = new ArrayList<>();
        actual.forEach(problem -> reported.add(problem.get("sheet").asText() + "!" + problem.get("cell").asText()));
        Set<String> optional = new HashSet<>();
        expected.path("problemsOptional").forEach(problem -> optional.addAll(cells(problem)));

        for (JsonNode problem : expected.get("problems")) {
            List<String> anyOf = cells(problem);
            assertThat(reported).as(context + "\nexpected a problem at one of " + anyOf).containsAnyElementsOf(anyOf);
            reported.removeIf(anyOf::contains);
        }
        reported.removeIf(optional::contains);
        assertThat(reported).as(context + "\nunexpected problems").isEmpty();
    }

    private static List<String> cells(JsonNode problem) {
        String sheet = problem.get("sheet").asText();
        List<String> cells = new ArrayList<>();
        JsonNode cell = problem.get("cell");
        if (cell.isArray()) {
            cell.forEach(each -> cells.add(sheet + "!" + each.asText()));
        } else {
            cells.add(sheet + "!" + cell.asText());
        }
        return cells;
    }

    private static void checkHistory(Path workbook, JsonNode expected) {
        Workbook read = Workbooks.read(workbook);
        Sheet sheet = read.findSheet(expected.get("sheet").asText())
                .orElseThrow(() -> new AssertionError("no history sheet " + expected.get("sheet")));
        Row header = sheet.rows().get(0);
        int date = column(header, "date");
        int invoice = column(header, "facture", "invoice");
        int level = column(header, "niveau", "level");

        List<String> actual = new ArrayList<>();
        for (Row row : sheet.rows().subList(1, sheet.rows().size())) {
            actual.add(historyDate(row.cell(date)) + " " + row.cell(invoice).display() + " "
                    + new BigDecimal(row.cell(level).display()).intValueExact());
        }
        List<String> rows = new ArrayList<>();
        expected.get("rows").forEach(row -> rows.add(row.get(0).asText() + " " + row.get(1).asText() + " "
                + row.get(2).asInt()));
        assertThat(actual).hasSize(expected.get("count").asInt());
        assertThat(actual).containsExactlyInAnyOrderElementsOf(rows);
    }

    private static String historyDate(CellValue cell) {
        if (cell instanceof CellValue.DateValue date) {
            return date.date().toString();
        }
        String text = cell.display();
        if (text.matches("\\d{2}/\\d{2}/\\d{4}")) {
            return LocalDate.of(Integer.parseInt(text.substring(6)), Integer.parseInt(text.substring(3, 5)),
                    Integer.parseInt(text.substring(0, 2))).toString();
        }
        return text;
    }

    private static int column(Row header, String... names) {
        for (int c = 0; c < header.cells().size(); c++) {
            String key = TextKey.of(header.cell(c).display());
            for (String name : names) {
                if (key.equals(name.toLowerCase(Locale.ROOT))) {
                    return c;
                }
            }
        }
        throw new AssertionError("no column " + List.of(names) + " in " + header);
    }

    private static List<String> letterKeys(JsonNode letters) {
        List<String> keys = new ArrayList<>();
        letters.forEach(letter -> keys.add(letter.get("client").asText().toUpperCase(Locale.ROOT) + " "
                + letter.get("currency").asText()));
        return keys;
    }

    private static Set<String> skipSet(JsonNode skipped) {
        Set<String> set = new HashSet<>();
        skipped.forEach(skip -> set.add(skip.get("client").asText().toUpperCase(Locale.ROOT) + " "
                + skip.get("currency").asText() + " " + skip.get("reason").asText()));
        return set;
    }

    private static Set<String> creditSet(JsonNode credits) {
        Set<String> set = new HashSet<>();
        credits.forEach(credit -> set.add(credit.get("number").asText() + " "
                + decimal(credit.get("balance")).stripTrailingZeros().toPlainString()));
        return set;
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isTextual() ? new BigDecimal(node.asText()) : node.decimalValue();
    }

    /** Finds {@code shared/cases} beside the repository, looking up from the working directory. */
    static Optional<Path> findCasesFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path cases = dir.resolve("shared").resolve("cases");
            if (Files.isDirectory(cases.resolve("expected"))) {
                return Optional.of(cases);
            }
        }
        return Optional.empty();
    }
}
