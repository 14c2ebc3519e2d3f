package dev.relance.job;

import java.util.Optional;
import java.util.stream.Collectors;

import dev.relance.RelanceException;
import dev.relance.UsageException;
import dev.relance.ledger.FilterPreset;
import dev.relance.ledger.LevelMode;
import dev.relance.ledger.Settings;
import dev.relance.selection.Presets;
import dev.relance.selection.Selection;

/**
 * Checks the user's choices against the workbook they apply to, and combines them with its
 * Settings sheet: the choices that need the workbook (a preset's name, a level within the
 * maximum level) can only be checked once it is read.
 */
final class RunChoices {

    private RunChoices() {
    }

    /** Returns the settings with the mode and not-yet-due overrides applied. */
    static Settings settings(Settings settings, RunOptions options) {
        Settings withMode = options.mode()
                .filter(mode -> mode != LevelMode.FORCED)
                .map(settings::withMode)
                .orElse(settings);
        return options.listNotYetDue().map(withMode::withListNotYetDue).orElse(withMode);
    }

    /**
     * Returns the filters of the run: the options' over the named preset's.
     *
     * @throws UsageException    when no preset has that name
     * @throws RelanceException when the preset's text cannot be read, naming its cell
     */
    static Selection selection(Settings settings, RunOptions options) {
        if (options.preset().isEmpty()) {
            return options.selection();
        }
        String name = options.preset().get();
        FilterPreset preset = settings.findPreset(name).orElseThrow(() -> unknownPreset(settings,
                name));
        try {
            Selection saved = Presets.parse(preset.name(), preset.text());
            return options.selection().over(preset.name(), saved);
        } catch (UsageException e) {
            throw new RelanceException("the preset " + preset.name() + " cannot be used: "
                    + e.reason(), null, preset.sheet(), preset.cell(), preset.text(), e);
        }
    }

    /**
     * Returns the forced level, checked against the maximum level.
     *
     * @throws UsageException when the level is out of range, or forced mode was asked without one
     */
    static Optional<Integer> forcedLevel(Settings settings, RunOptions options) {
        if (options.level().isEmpty()) {
            if (options.mode().filter(mode -> mode == LevelMode.FORCED).isPresent()) {
                throw new UsageException("--mode", "forced mode needs a level; give --level N");
            }
            return Optional.empty();
        }
        int level = options.level().get();
        if (options.mode().filter(mode -> mode != LevelMode.FORCED).isPresent()) {
            throw new UsageException("--level", "a forced level cannot be combined with --mode "
                    + options.mode().get().code() + "; leave out --mode or give --mode forced");
        }
        if (level < 1 || level > settings.maximumLevel()) {
            throw new UsageException("--level", level + " is not a level of this workbook;"
                    + " expected 1 to " + settings.maximumLevel() + " (the maximum level)");
        }
        return options.level();
    }

    private static UsageException unknownPreset(Settings settings, String name) {
        String known = settings.presets().stream()
                .map(FilterPreset::name)
                .collect(Collectors.joining(", "));
        String hint = known.isEmpty()
                ? "the Settings sheet has none; add a row such as Filtre Export | category=Export"
                : "the Settings sheet has " + known;
        return new UsageException("--preset", "no preset named \"" + name + "\"; " + hint);
    }
}
