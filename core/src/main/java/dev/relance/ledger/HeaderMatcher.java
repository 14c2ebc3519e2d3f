package dev.relance.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.relance.RelanceException;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;

/**
 * Finds a table's header row: the first row, within the first {@value #SEARCH_ROWS} rows of the
 * sheet, that has a column for every required field. Rows above it (titles, a logo, blank rows)
 * are ignored.
 *
 * <p>A header matches a field when its {@link HeaderKey} equals one of the field's accepted names:
 * no partial matches, so {@code Code client} is never taken for {@code Code}. Each column goes to
 * at most one field. When several columns match one field, the header with the most words wins
 * ({@code Montant TTC} over {@code Total}, {@code Date facture} over {@code Date}), then the
 * leftmost, and the others are left as unknown columns.
 */
final class HeaderMatcher<F extends Enum<F> & TableField> {

    static final int SEARCH_ROWS = 10;

    private final Class<F> fieldType;
    private final List<List<F>> required;

    /**
     * @param required groups of fields, each satisfied when any one of its fields has a column
     */
    HeaderMatcher(Class<F> fieldType, List<List<F>> required) {
        this.fieldType = fieldType;
        this.required = List.copyOf(required);
    }

    /**
     * Returns the header row of the sheet.
     *
     * @throws RelanceException when no row of the first ten has the required columns. Its message
     *                          names the missing fields, their accepted headers and the headers found.
     */
    HeaderRow<F> require(Sheet sheet) {
        // the header is nearly always the first row: the rows below it are not matched at all
        List<HeaderRow<F>> candidates = new ArrayList<>();
        for (Row row : sheet.rows()) {
            if (row.index() >= SEARCH_ROWS) {
                break;
            }
            HeaderRow<F> header = match(row);
            if (missingGroups(header).isEmpty()) {
                return header;
            }
            candidates.add(header);
        }
        throw missingColumns(sheet, candidates);
    }

    /** Returns whether the row has a column for every required field, so that it is a header. */
    boolean isHeader(Row row) {
        return missingGroups(match(row)).isEmpty();
    }

    /** Matches one row's cells against the fields' accepted headers. */
    HeaderRow<F> match(Row row) {
        Map<F, List<Candidate>> candidates = collectCandidates(row);

        Map<F, List<Integer>> columns = new EnumMap<>(fieldType);
        int french = 0;
        int english = 0;
        for (Map.Entry<F, List<Candidate>> entry : candidates.entrySet()) {
            List<Candidate> chosen = choose(entry.getKey(), entry.getValue());
            columns.put(entry.getKey(), chosen.stream().map(Candidate::column).toList());
            if (isRequired(entry.getKey())) {
                Optional<Language> language = chosen.get(0).language();
                french += language.filter(Language.FR::equals).isPresent() ? 1 : 0;
                english += language.filter(Language.EN::equals).isPresent() ? 1 : 0;
            }
        }
        return new HeaderRow<>(row.index(), columns, lastNonBlankColumn(row), french, english);
    }

    private Map<F, List<Candidate>> collectCandidates(Row row) {
        Map<F, List<Candidate>> candidates = new EnumMap<>(fieldType);
        for (int column = 0; column < row.cells().size(); column++) {
            CellValue cell = row.cell(column);
            if (cell.isBlank()) {
                continue;
            }
            String key = HeaderKey.of(cell.display());
            for (F field : fieldType.getEnumConstants()) {
                if (field.headers().matches(key)) {
                    Candidate candidate = new Candidate(column, key.split(" ").length,
                            field.headers().languageOf(key));
                    candidates.computeIfAbsent(field, unused -> new ArrayList<>()).add(candidate);
                    // One column, one field: the first field in declaration order takes it.
                    break;
                }
            }
        }
        return candidates;
    }

    private List<Candidate> choose(F field, List<Candidate> candidates) {
        if (field.allowsSeveralColumns()) {
            return candidates;
        }
        Comparator<Candidate> mostSpecific = Comparator.comparingInt(Candidate::words).reversed()
                .thenComparingInt(Candidate::column);
        return List.of(candidates.stream().min(mostSpecific).orElseThrow());
    }

    private boolean isRequired(F field) {
        return required.stream().anyMatch(group -> group.contains(field));
    }

    private List<List<F>> missingGroups(HeaderRow<F> header) {
        return required.stream()
                .filter(group -> group.stream().noneMatch(header::has))
                .toList();
    }

    private RelanceException missingColumns(Sheet sheet, List<HeaderRow<F>> candidates) {
        Optional<HeaderRow<F>> closest = candidates.stream()
                .max(Comparator.comparingInt((HeaderRow<F> header) -> header.columns().size())
                        .thenComparing(Comparator.comparingInt(HeaderRow<F>::index).reversed()));
        List<List<F>> missing = closest.map(this::missingGroups).orElse(required);

        String missingColumns = missing.stream()
                .map(group -> "the " + groupLabel(group) + " column")
                .collect(Collectors.joining(" and "));
        String accepted = missing.stream()
                .map(HeaderMatcher::acceptedHeaders)
                .collect(Collectors.joining("; "));
        String found = closest.map(header -> headersFound(sheet, header)).orElse("the sheet is empty");
        String message = "missing " + missingColumns + " in the first " + SEARCH_ROWS + " rows; "
                + accepted + "; " + found;
        return new RelanceException(message, null, sheet.name(), null, null, null);
    }

    private static <F extends TableField> String groupLabel(List<F> group) {
        return group.stream().map(TableField::label).collect(Collectors.joining(" or "));
    }

    private static <F extends TableField> String acceptedHeaders(List<F> group) {
        return "accepted headers for the " + groupLabel(group) + ": " + group.stream()
                .flatMap(field -> field.headers().all().stream())
                .distinct()
                .collect(Collectors.joining(", "));
    }

    private static String headersFound(Sheet sheet, HeaderRow<?> header) {
        Row row = sheet.rows().stream().filter(candidate -> candidate.index() == header.index())
                .findFirst().orElseThrow();
        String cells = row.cells().stream().filter(cell -> !cell.isBlank()).map(CellValue::display)
                .collect(Collectors.joining(", "));
        return "found on row " + (header.index() + 1) + ": " + cells;
    }

    private static int lastNonBlankColumn(Row row) {
        int last = row.cells().size() - 1;
        while (last > 0 && row.cell(last).isBlank()) {
            last--;
        }
        return Math.max(last, 0);
    }

    /** A column whose header matches a field, with what decides between rivals. */
    private record Candidate(int column, int words, Optional<Language> language) {
    }
}
