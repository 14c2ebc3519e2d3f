package dev.relance.extension.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.sun.star.awt.ItemEvent;
import com.sun.star.awt.PushButtonType;
import com.sun.star.awt.TextEvent;
import com.sun.star.awt.XDialog;
import com.sun.star.awt.XItemListener;
import com.sun.star.awt.XListBox;
import com.sun.star.awt.XTextListener;
import com.sun.star.awt.XWindowPeer;
import com.sun.star.lang.EventObject;
import com.sun.star.lang.XComponent;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.uno.XComponentContext;

import dev.relance.RelanceException;
import dev.relance.UsageException;
import dev.relance.extension.uno.Uno;
import dev.relance.job.PlannedRun;
import dev.relance.ledger.FilterPreset;
import dev.relance.plan.Plan;

/**
 * The dialog shown before anything is written: the as-of date, the level (automatic, the
 * client's or forced), the filters and preset, and the plan they give (letters, clients not
 * reminded, problems). Changing any of them plans again at once; filters that cannot be read are
 * explained under their field and disable "Generate". Clicking a problem selects its cell in the
 * document. In preview, only "Close" is offered.
 */
public final class PlanDialog {

    /** Plans a request; throws {@link RelanceException} when it cannot. */
    public interface Planner extends Function<DialogRequest, PlannedRun> {
    }

    /** The request and plan the user confirmed with "Generate". */
    public record Choice(DialogRequest request, PlannedRun planned) {
    }

    private static final int WIDTH = 360;
    private static final int HEIGHT = 340;
    // The rows under the date and level rows move down by this much for the filter row.
    private static final int FILTER_ROW = 36;
    // DateFormat values of the date field: DD/MM/YYYY for French, ISO 8601 for English.
    private static final short DAY_MONTH_YEAR = 7;
    private static final short ISO_DATE = 11;

    private final XComponentContext context;
    private final UiLanguage language;
    private final Planner planner;
    private final Function<LocalDate, String> folderLine;
    private final BiFunction<String, String, Boolean> selectCell;
    private final PlanLines lines;

    private XDialog dialog;
    private DialogRequest request;
    private List<LevelChoice> levels;
    private List<String> presets;
    private boolean filtersValid = true;
    private Optional<PlannedRun> planned = Optional.empty();

    /**
     * @param folderLine the line saying where the letters of an as-of date go
     * @param selectCell selects a cell given by sheet name and A1 reference in the document
     */
    public PlanDialog(XComponentContext context, UiLanguage language, Planner planner,
            Function<LocalDate, String> folderLine, BiFunction<String, String, Boolean> selectCell) {
        this.context = context;
        this.language = language;
        this.planner = planner;
        this.folderLine = folderLine;
        this.selectCell = selectCell;
        this.lines = new PlanLines(language);
    }

    /**
     * Shows the dialog for a first plan and waits until it is closed. Returns the user's choice
     * when they clicked "Generate" with a plan, empty for "Cancel", "Close" or no plan.
     */
    public Optional<Choice> show(XWindowPeer parent, DialogRequest firstRequest, PlannedRun first,
            boolean preview) {
        request = firstRequest;
        levels = LevelChoice.upTo(first.ledger().settings().maximumLevel());
        presets = first.ledger().settings().presets().stream().map(FilterPreset::name).toList();
        planned = Optional.of(first);
        dialog = build(parent, preview);
        try {
            show(first.plan());
            listen();
            boolean generate = dialog.execute() == 1;
            return generate ? planned.map(run -> new Choice(request, run)) : Optional.empty();
        } finally {
            Uno.query(XComponent.class, dialog).dispose();
        }
    }

    private XDialog build(XWindowPeer parent, boolean preview) {
        UiText title = preview ? UiText.PREVIEW_TITLE : UiText.GENERATE_TITLE;
        DialogBuilder builder = new DialogBuilder(context, title.in(language), WIDTH, HEIGHT);
        LocalDate asOf = request.asOf();
        builder.add("FixedText", "asOfLabel", 8, 10, 55, 10, Map.of("Label", UiText.AS_OF.in(language)));
        builder.add("DateField", "asOf", 64, 8, 70, 13, Map.of("Dropdown", true, "Spin", false,
                "DateFormat", language == UiLanguage.FR ? DAY_MONTH_YEAR : ISO_DATE,
                "Date", new com.sun.star.util.Date((short) asOf.getDayOfMonth(), (short) asOf.getMonthValue(),
                        (short) asOf.getYear())));
        builder.add("FixedText", "modeLabel", 146, 10, 40, 10, Map.of("Label", UiText.MODE.in(language)));
        Object modes = builder.add("ListBox", "mode", 186, 8, 166, 13, Map.of("Dropdown", true,
                "StringItemList", levels.stream().map(level -> level.label(language)).toArray(String[]::new)));
        // Set after the items: setting the items clears the selection.
        Uno.setProperty(modes, "SelectedItems", new short[] {(short) Math.max(0, levels.indexOf(request.level()))});
        addFilterRow(builder);
        addList(builder, "letters", 28 + FILTER_ROW, 96);
        addList(builder, "skipped", 140 + FILTER_ROW, 56);
        addList(builder, "problems", 212 + FILTER_ROW, 36);
        builder.add("FixedText", "folder", 8, 264 + FILTER_ROW, WIDTH - 16, 10, Map.of());
        addButtons(builder, preview);
        return builder.build(parent);
    }

    private void addFilterRow(DialogBuilder builder) {
        builder.add("FixedText", "filtersLabel", 8, 28, 55, 10, Map.of("Label", UiText.FILTERS.in(language)));
        int fieldWidth = presets.isEmpty() ? WIDTH - 72 : WIDTH - 72 - 104;
        builder.add("Edit", "filters", 64, 26, fieldWidth, 13, Map.of("Text", request.filters().describe()));
        // Two lines: the core's reasons list the expected values and are often longer than the field.
        builder.add("FixedText", "filtersError", 64, 41, WIDTH - 72, 18, Map.of("TextColor", 0xC00000,
                "MultiLine", true));
        if (!presets.isEmpty()) {
            List<String> items = new ArrayList<>(List.of(UiText.NO_PRESET.in(language)));
            items.addAll(presets);
            Object list = builder.add("ListBox", "preset", WIDTH - 108, 26, 100, 13, Map.of("Dropdown", true,
                    "StringItemList", items.toArray(String[]::new)));
            int selected = request.preset().map(name -> presets.indexOf(name) + 1).orElse(0);
            Uno.setProperty(list, "SelectedItems", new short[] {(short) Math.max(0, selected)});
        }
    }

    private static void addList(DialogBuilder builder, String name, int y, int height) {
        builder.add("FixedText", name + "Label", 8, y, WIDTH - 16, 10, Map.of());
        builder.add("ListBox", name, 8, y + 10, WIDTH - 16, height, Map.of(
                "FontDescriptor", DialogBuilder.fixedPitchFont()));
    }

    private void addButtons(DialogBuilder builder, boolean preview) {
        int y = HEIGHT - 20;
        if (preview) {
            builder.add("Button", "close", WIDTH - 68, y, 60, 14, Map.of("Label", UiText.CLOSE.in(language),
                    "PushButtonType", (short) PushButtonType.CANCEL_value, "DefaultButton", true));
            return;
        }
        builder.add("Button", "generate", WIDTH - 132, y, 60, 14, Map.of("Label", UiText.GENERATE.in(language),
                "PushButtonType", (short) PushButtonType.OK_value, "DefaultButton", true));
        builder.add("Button", "cancel", WIDTH - 68, y, 60, 14, Map.of("Label", UiText.CANCEL.in(language),
                "PushButtonType", (short) PushButtonType.CANCEL_value));
    }

    private void listen() {
        Uno.query(XListBox.class, DialogBuilder.control(dialog, "mode")).addItemListener(new ModeListener());
        Uno.query(com.sun.star.awt.XTextComponent.class, DialogBuilder.control(dialog, "asOf"))
                .addTextListener(new DateListener());
        Uno.query(XListBox.class, DialogBuilder.control(dialog, "problems")).addItemListener(new ProblemListener());
        Uno.query(com.sun.star.awt.XTextComponent.class, DialogBuilder.control(dialog, "filters"))
                .addTextListener(new FiltersListener());
        Optional.ofNullable(DialogBuilder.control(dialog, "preset"))
                .ifPresent(list -> Uno.query(XListBox.class, list).addItemListener(new PresetListener()));
    }

    /** Plans again for the current request and shows the result, or why there is none. */
    private void replan() {
        try {
            PlannedRun run = planner.apply(request);
            planned = Optional.of(run);
            show(run.plan());
        } catch (RelanceException e) {
            planned = Optional.empty();
            showFailure(new MessageText(language).error(e));
        }
    }

    private void show(Plan plan) {
        fill("letters", UiText.LETTERS.in(language, plan.letters().size()), lines.letters(plan));
        fill("skipped", UiText.SKIPPED.in(language, plan.skipped().size()), lines.skipped(plan));
        String problems = plan.problems().isEmpty() ? UiText.NO_PROBLEM.in(language)
                : UiText.PROBLEMS.in(language, plan.problems().size());
        fill("problems", problems, lines.problems(plan));
        setLabel("folder", folderLine.apply(request.asOf()));
        enableGenerate(!plan.letters().isEmpty());
    }

    private void showFailure(String message) {
        fill("letters", UiText.PLAN_FAILED.in(language, message), List.of());
        fill("skipped", UiText.SKIPPED.in(language, 0), List.of());
        fill("problems", UiText.NO_PROBLEM.in(language), List.of());
        enableGenerate(false);
    }

    private void fill(String list, String label, List<String> items) {
        setLabel(list + "Label", label);
        Object model = DialogBuilder.control(dialog, list).getModel();
        Uno.setProperty(model, "StringItemList", items.toArray(String[]::new));
    }

    private void setLabel(String name, String text) {
        Uno.setProperty(DialogBuilder.control(dialog, name).getModel(), "Label", text);
    }

    private void enableGenerate(boolean enabled) {
        Optional.ofNullable(DialogBuilder.control(dialog, "generate"))
                .ifPresent(button -> Uno.setProperty(button.getModel(), "Enabled", enabled && filtersValid));
    }

    private Optional<LocalDate> dateInField() {
        Object value = Uno.property(DialogBuilder.control(dialog, "asOf").getModel(), "Date");
        if (value instanceof com.sun.star.util.Date date && date.Year > 0) {
            return Optional.of(LocalDate.of(date.Year, date.Month, date.Day));
        }
        return Optional.empty();
    }

    private final class ModeListener extends WeakBase implements XItemListener {
        @Override
        public void itemStateChanged(ItemEvent event) {
            if (event.Selected >= 0 && event.Selected < levels.size()) {
                request = request.withLevel(levels.get(event.Selected));
                replan();
            }
        }

        @Override
        public void disposing(EventObject event) {
            // Nothing to release: the dialog owns the control.
        }
    }

    private final class DateListener extends WeakBase implements XTextListener {
        @Override
        public void textChanged(TextEvent event) {
            // While the user types, the field has no valid date, so the plan waits for one.
            dateInField().filter(date -> !date.equals(request.asOf())).ifPresent(date -> {
                request = request.withAsOf(date);
                replan();
            });
        }

        @Override
        public void disposing(EventObject event) {
            // Nothing to release: the dialog owns the control.
        }
    }

    private final class FiltersListener extends WeakBase implements XTextListener {
        @Override
        public void textChanged(TextEvent event) {
            String text = Uno.query(com.sun.star.awt.XTextComponent.class, event.Source).getText();
            try {
                request = request.withFilters(FilterText.parse(text));
                filtersValid = true;
                setLabel("filtersError", "");
                replan();
            } catch (UsageException e) {
                // The plan shown stays the last valid one, but it cannot be generated.
                filtersValid = false;
                setLabel("filtersError", e.reason());
                enableGenerate(false);
            }
        }

        @Override
        public void disposing(EventObject event) {
            // Nothing to release: the dialog owns the control.
        }
    }

    private final class PresetListener extends WeakBase implements XItemListener {
        @Override
        public void itemStateChanged(ItemEvent event) {
            Optional<String> preset = event.Selected > 0 && event.Selected <= presets.size()
                    ? Optional.of(presets.get(event.Selected - 1)) : Optional.empty();
            request = request.withPreset(preset);
            if (filtersValid) {
                replan();
            }
        }

        @Override
        public void disposing(EventObject event) {
            // Nothing to release: the dialog owns the control.
        }
    }

    private final class ProblemListener extends WeakBase implements XItemListener {
        @Override
        public void itemStateChanged(ItemEvent event) {
            planned.map(run -> run.plan().problems())
                    .filter(problems -> event.Selected >= 0 && event.Selected < problems.size())
                    .map(problems -> problems.get(event.Selected))
                    .ifPresent(problem -> selectCell.apply(problem.sheet(), problem.cell()));
        }

        @Override
        public void disposing(EventObject event) {
            // Nothing to release: the dialog owns the control.
        }
    }
}
