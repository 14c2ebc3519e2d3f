package dev.relance.workbook;

import java.util.List;
import java.util.Optional;

/**
 * A workbook as read from a file or a live document: its sheets in tab order.
 *
 * @param format   the file format it was read from
 * @param sheets   the sheets in tab order, hidden ones included
 * @param date1904 true when date serial numbers count from 1904-01-01 (an XLSX option of Excel for
 *                 Mac); false for the usual epoch, where serial 1 is 1900-01-01
 */
public record Workbook(WorkbookFormat format, List<Sheet> sheets, boolean date1904)
        implements SheetSource {

    public Workbook {
        sheets = List.copyOf(sheets);
    }

    /** Finds a sheet by its exact name. */
    public Optional<Sheet> findSheet(String name) {
        return sheets.stream().filter(sheet -> sheet.name().equals(name)).findFirst();
    }

    /** Streams the sheets in tab order, as a file whose sheets share one stream (ODS) would. */
    @Override
    public void stream(SheetSelector selector) {
        selector.start(format, date1904);
        for (int position = 0; position < sheets.size(); position++) {
            Sheet sheet = sheets.get(position);
            Optional<RowSink> sink = selector.select(sheet.name(), sheet.hidden(), position);
            if (sink.isPresent()) {
                sheet.rows().forEach(sink.get()::row);
                sink.get().end();
            }
        }
    }
}
