package dev.relance.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.relance.plan.Problem;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.InvalidValueException;
import dev.relance.workbook.Row;
import dev.relance.workbook.Sheet;

/**
 * Reads the client rows of the Clients sheet. A row with an unreadable cell, a missing code or
 * name, or a code already used above is left out and reported.
 */
final class ClientReader {

    private final Sheet sheet;
    private final HeaderRow<ClientField> header;
    private final ValueReader values;

    ClientReader(Sheet sheet, HeaderRow<ClientField> header, ValueReader values) {
        this.sheet = sheet;
        this.header = header;
        this.values = values;
    }

    /**
     * The clients read, the problems found, and the 0-based rows of the codes whose rows were left
     * out, so that messages on their invoices can name the reason.
     */
    record Result(List<Client> clients, List<Problem> problems, Map<String, Integer> rowsLeftOut) {
    }

    Result read() {
        List<Client> clients = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> rowsLeftOut = new HashMap<>();
        Map<String, Integer> rowsByKey = new HashMap<>();

        for (Row row : TableRows.read(sheet, header.index(), header.columnsOf(ClientField.CODE))) {
            RowCells cells = new RowCells(sheet.name(), row, values);
            Optional<Client> client = readClient(cells);
            client.filter(found -> rowsByKey.containsKey(found.key()))
                    .ifPresent(duplicate -> reportDuplicate(cells, rowsByKey.get(duplicate.key())));

            problems.addAll(cells.problems());
            if (cells.hasProblems()) {
                client.ifPresent(leftOut -> rowsLeftOut.putIfAbsent(leftOut.key(), row.index()));
                continue;
            }
            rowsByKey.put(client.orElseThrow().key(), row.index());
            clients.add(client.orElseThrow());
        }
        return new Result(clients, problems, rowsLeftOut);
    }

    /** Reads one row; empty when the code or the name is missing or unreadable. */
    private Optional<Client> readClient(RowCells cells) {
        Optional<String> code = cells.requiredText(column(ClientField.CODE), "missing client code");
        Optional<String> name = cells.requiredText(column(ClientField.NAME), "missing client name");
        List<String> addressLines = readAddress(cells);
        String postalCode =
                cells.read(header.column(ClientField.POSTAL_CODE), this::postalCode).orElse("");
        String city = textOf(cells, ClientField.CITY);
        String country = textOf(cells, ClientField.COUNTRY);
        String email = textOf(cells, ClientField.EMAIL);
        Optional<Language> language =
                cells.read(header.column(ClientField.LANGUAGE), this::language);
        Optional<BigDecimal> creditLimit = cells.amount(header.column(ClientField.CREDIT_LIMIT));
        Optional<Client.FixedLevel> fixedLevel = fixedLevel(cells);
        boolean blocked = cells.flag(header.column(ClientField.BLOCKED)).orElse(false);
        String salesRep = textOf(cells, ClientField.SALES_REP);
        String category = textOf(cells, ClientField.CATEGORY);

        if (code.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Client(code.get(), name.get(), addressLines, postalCode, city,
                country, email, language, creditLimit, fixedLevel, blocked, salesRep, category,
                cells.row().index()));
    }

    private int column(ClientField requiredField) {
        return header.column(requiredField).orElseThrow();
    }

    private List<String> readAddress(RowCells cells) {
        List<String> lines = new ArrayList<>();
        for (int column : header.columnsOf(ClientField.ADDRESS)) {
            cells.text(Optional.of(column)).ifPresent(lines::add);
        }
        return lines;
    }

    private String textOf(RowCells cells, ClientField field) {
        return cells.text(header.column(field)).orElse("");
    }

    /**
     * Reads a postal code as text. A number cell is written without decimals and, when it has four
     * digits, with a leading zero: French postal codes typed as numbers lose it (01000 shows 1000).
     */
    private Optional<String> postalCode(CellValue cell) {
        if (!(cell instanceof CellValue.Number number)) {
            return values.text(cell);
        }
        BigDecimal value = number.value().stripTrailingZeros();
        if (value.signum() < 0 || value.scale() > 0) {
            throw new InvalidValueException("is not a postal code; expected e.g. 01000");
        }
        String digits = value.toPlainString();
        return Optional.of(digits.length() == 4 ? "0" + digits : digits);
    }

    private Optional<Language> language(CellValue cell) {
        Optional<String> text = values.text(cell);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(LanguageNames.find(text.get()).orElseThrow(
                () -> new InvalidValueException("is not a language; expected fr, en or a blank cell")));
    }

    /** Reads the level cell as typed, because client mode checks whether it is a valid level. */
    private Optional<Client.FixedLevel> fixedLevel(RowCells cells) {
        Optional<Integer> column = header.column(ClientField.FIXED_LEVEL);
        if (column.isEmpty() || cells.row().cell(column.get()).isBlank()) {
            return Optional.empty();
        }

        CellValue cell = cells.row().cell(column.get());
        Optional<Integer> level;
        try {
            level = values.wholeNumber(cell);
        } catch (InvalidValueException ignored) {
            // Client mode reports an invalid level itself, and auto mode does not use the cell.
            level = Optional.empty();
        }
        return Optional.of(new Client.FixedLevel(sheet.name(), cells.cellName(column.get()),
                cell.display(), level));
    }

    private void reportDuplicate(RowCells cells, int firstRow) {
        cells.report(column(ClientField.CODE),
                "is a client code already used on row " + (firstRow + 1) + "; only that row is read");
    }
}
