package dev.relance.extension.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.relance.UsageException;
import dev.relance.job.RunOptions;
import dev.relance.ledger.LevelMode;
import dev.relance.selection.Filter;
import dev.relance.selection.Selection;

class DialogRequestTest {

    private static final Path WORKBOOK = Path.of("/data/clients.ods");
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 4);

    @Test
    void firstRequestPlansEveryClientAutomatically() {
        RunOptions options = DialogRequest.first(AS_OF).toRunOptions(WORKBOOK, Optional.empty());

        assertThat(options.workbook()).isEqualTo(WORKBOOK);
        assertThat(options.asOf()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(options.mode()).contains(LevelMode.AUTO);
        assertThat(options.level()).isEmpty();
        assertThat(options.selection()).isEqualTo(Selection.ALL);
        assertThat(options.preset()).isEmpty();
        assertThat(options.lettersDirectory()).isEmpty();
        assertThat(options.listNotYetDue()).isEmpty();
    }

    @Test
    void forcedLevelBecomesForcedModeWithThatLevel() {
        DialogRequest request = DialogRequest.first(AS_OF).withLevel(LevelChoice.forced(2));

        RunOptions options = request.toRunOptions(WORKBOOK, Optional.of(Path.of("/out/2026-12-04")));

        assertThat(options.mode()).contains(LevelMode.FORCED);
        assertThat(options.level()).contains(2);
        assertThat(options.lettersDirectory()).contains(Path.of("/out/2026-12-04"));
    }

    @Test
    void clientLevelHasNoForcedLevel() {
        DialogRequest request = DialogRequest.first(AS_OF).withLevel(LevelChoice.CLIENT);

        RunOptions options = request.toRunOptions(WORKBOOK, Optional.empty());

        assertThat(options.mode()).contains(LevelMode.CLIENT);
        assertThat(options.level()).isEmpty();
    }

    @Test
    void typedFiltersAndPresetGoToTheOptions() {
        DialogRequest request = DialogRequest.first(AS_OF)
                .withFilters(FilterText.parse("category=Export; clients=C001-C099"))
                .withPreset(Optional.of("Paris"));

        RunOptions options = request.toRunOptions(WORKBOOK, Optional.empty());

        assertThat(options.selection().describe()).isEqualTo("clients=C001-C099; category=Export");
        assertThat(options.selection().preset()).isEmpty();
        assertThat(options.preset()).contains("Paris");
    }

    @Test
    void levelListOffersAutoClientThenEachForcedLevel() {
        List<String> labels = LevelChoice.upTo(3).stream().map(choice -> choice.label(UiLanguage.EN)).toList();

        assertThat(labels).containsExactly("Automatic, from the history", "As set in the Clients sheet",
                "Forced level 1", "Forced level 2", "Forced level 3");
    }

    @Test
    void forcedLevelIsNamedInFrench() {
        String label = LevelChoice.forced(2).label(UiLanguage.FR);

        assertThat(label).isEqualTo("Niveau imposé 2");
    }

    @Test
    void levelListFollowsTheMaximumLevel() {
        List<LevelChoice> choices = LevelChoice.upTo(2);

        assertThat(choices).containsExactly(LevelChoice.AUTO, LevelChoice.CLIENT, LevelChoice.forced(1),
                LevelChoice.forced(2));
    }

    @Test
    void blankFilterTextSelectsEveryClient() {
        Selection filters = FilterText.parse("  ");

        assertThat(filters).isEqualTo(Selection.ALL);
    }

    @Test
    void frenchFilterNamesAreRead() {
        Selection filters = FilterText.parse("famille=Export; jours de retard=30");

        assertThat(filters.values(Filter.CATEGORY)).containsExactly("Export");
        assertThat(filters.values(Filter.MIN_DAYS)).containsExactly("30");
    }

    @Test
    void unknownFilterIsExplained() {
        assertThatThrownBy(() -> FilterText.parse("colour=red"))
                .isInstanceOf(UsageException.class)
                .extracting(e -> ((UsageException) e).reason())
                .isEqualTo("\"colour\" is not a filter; expected clients, sales-rep, category, postcode,"
                        + " departement, currency or min-days");
    }

    @Test
    void filterWithoutEqualsIsExplained() {
        assertThatThrownBy(() -> FilterText.parse("Export"))
                .isInstanceOf(UsageException.class)
                .extracting(e -> ((UsageException) e).reason())
                .isEqualTo("\"Export\" has no \"=\"; expected e.g. clients=C001-C099; category=Export");
    }
}
