package dev.relance.record;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.relance.ledger.Client;
import dev.relance.ledger.Language;
import dev.relance.ledger.Ledger.Layout;
import dev.relance.plan.LetterPlan;
import dev.relance.plan.Plan;
import dev.relance.workbook.CellRef;
import dev.relance.workbook.CellValue;
import dev.relance.workbook.WorkbookEdit.CellWrite;
import dev.relance.workbook.WorkbookEdit.SheetEdit;

/**
 * The last reminder date and last level a run writes in each reminded client's row. A column the
 * Clients sheet lacks is added after its last used column, the last reminder date first.
 */
final class ClientColumns {

    private ClientColumns() {
    }

    static SheetEdit edit(Layout layout, Plan plan, Language language) {
        boolean french = language == Language.FR;
        List<CellWrite> cells = new ArrayList<>();
        int nextFree = layout.clientsLastColumn() + 1;
        int dateColumn = layout.lastReminderColumn().orElse(nextFree);
        if (layout.lastReminderColumn().isEmpty()) {
            cells.add(header(layout, dateColumn, french ? "Dernière relance" : "Last reminder"));
            nextFree++;
        }
        int levelColumn = layout.lastLevelColumn().orElse(nextFree);
        if (layout.lastLevelColumn().isEmpty()) {
            cells.add(header(layout, levelColumn, french ? "Dernier niveau" : "Last level"));
        }

        CellValue date = new CellValue.DateValue(plan.asOf());
        for (Map.Entry<Client, Integer> reminded : highestLevels(plan).entrySet()) {
            int row = reminded.getKey().rowIndex();
            CellValue level = new CellValue.Number(BigDecimal.valueOf(reminded.getValue()));
            cells.add(new CellWrite(new CellRef(row, dateColumn), date));
            cells.add(new CellWrite(new CellRef(row, levelColumn), level));
        }
        return new SheetEdit(layout.clientsSheet(), false, cells);
    }

    private static CellWrite header(Layout layout, int column, String text) {
        CellRef ref = new CellRef(layout.clientsHeaderRow(), column);
        return new CellWrite(ref, new CellValue.Text(text));
    }

    /**
     * Returns each reminded client with its highest letter level, in plan order: a client with
     * letters in several currencies has one last level.
     */
    private static Map<Client, Integer> highestLevels(Plan plan) {
        Map<String, Client> clients = new LinkedHashMap<>();
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (LetterPlan letter : plan.letters()) {
            clients.putIfAbsent(letter.client().key(), letter.client());
            levels.merge(letter.client().key(), letter.level(), Math::max);
        }
        Map<Client, Integer> byClient = new LinkedHashMap<>();
        clients.forEach((key, client) -> byClient.put(client, levels.get(key)));
        return byClient;
    }
}
