package dev.relance.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A selector that keeps every sheet, to build a whole {@link Workbook}. */
public final class SheetsKept implements SheetSelector {

    private final ReadLimits.KeptCells kept = new ReadLimits.KeptCells();
    private final List<SheetCollector> collectors = new ArrayList<>();
    private boolean date1904;

    @Override
    public void start(WorkbookFormat format, boolean workbookDate1904) {
        this.date1904 = workbookDate1904;
    }

    @Override
    public Optional<RowSink> select(String name, boolean hidden, int position) {
        ReadLimits.checkSheets(collectors.size() + 1L);
        SheetCollector collector = new SheetCollector(name, hidden, kept);
        collectors.add(collector);
        return Optional.of(collector);
    }

    /** Returns the sheets read, in tab order. */
    public List<Sheet> sheets() {
        return collectors.stream().map(SheetCollector::sheet).toList();
    }

    public boolean date1904() {
        return date1904;
    }
}
