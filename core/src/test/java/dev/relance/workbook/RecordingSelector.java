package dev.relance.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A selector for tests that notes what a streaming read hands it, one line per event:
 * {@code Clients 2: C001}, {@code Clients restart}, {@code Clients end}.
 */
public final class RecordingSelector implements SheetSelector {

    private final Set<String> selected;
    private final Set<String> last;
    private final int rowsWanted;
    private final List<String> events = new ArrayList<>();

    /**
     * @param rowsWanted the rows after which a sink says it is done
     */
    public RecordingSelector(Set<String> selected, Set<String> last, int rowsWanted) {
        this.selected = Set.copyOf(selected);
        this.last = Set.copyOf(last);
        this.rowsWanted = rowsWanted;
    }

    public List<String> events() {
        return List.copyOf(events);
    }

    @Override
    public Optional<RowSink> select(String name, boolean hidden, int position) {
        return selected.contains(name) ? Optional.of(new Sink(name)) : Optional.empty();
    }

    @Override
    public boolean readLast(String name, boolean hidden, int position) {
        return last.contains(name);
    }

    private final class Sink implements RowSink {

        private final String name;
        private int rows;

        Sink(String name) {
            this.name = name;
        }

        @Override
        public void row(Row row) {
            rows++;
            events.add(name + " " + (row.index() + 1) + ": " + String.join("|",
                    row.cells().stream().map(CellValue::display).toList()));
        }

        @Override
        public void restart() {
            rows = 0;
            events.add(name + " restart");
        }

        @Override
        public boolean isDone() {
            return rows >= rowsWanted;
        }

        @Override
        public void end() {
            events.add(name + " end");
        }
    }
}
