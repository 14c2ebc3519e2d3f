package dev.relance.record;

import java.util.List;

import dev.relance.workbook.WorkbookEdit;

/**
 * What recording sending outcomes in the history writes.
 *
 * @param edit   the cells to write: the sent-at and sending cells of the letters' history rows,
 *               and the headers of those two columns when the sheet lacks them; empty when the
 *               history already says it all
 * @param drafts the drafts whose outcome the edit records, in the order given
 */
public record SendingRecord(WorkbookEdit edit, List<String> drafts) {

    public SendingRecord {
        drafts = List.copyOf(drafts);
    }
}
