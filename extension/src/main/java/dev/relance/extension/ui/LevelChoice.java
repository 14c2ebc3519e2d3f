package dev.relance.extension.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import dev.relance.ledger.LevelMode;

/**
 * One item of the dialog's level list: automatic, the Clients sheet's level, or one level forced
 * on every letter.
 *
 * @param mode  the level mode; {@link LevelMode#FORCED} with a level
 * @param level the forced level, present only for {@link LevelMode#FORCED}
 */
public record LevelChoice(LevelMode mode, Optional<Integer> level) {

    public static final LevelChoice AUTO = new LevelChoice(LevelMode.AUTO, Optional.empty());
    public static final LevelChoice CLIENT = new LevelChoice(LevelMode.CLIENT, Optional.empty());

    /** Returns the choice that forces every letter to a level. */
    public static LevelChoice forced(int level) {
        return new LevelChoice(LevelMode.FORCED, Optional.of(level));
    }

    /** Returns the list's items: automatic, the client's, then forced levels 1 to the maximum. */
    public static List<LevelChoice> upTo(int maximumLevel) {
        List<LevelChoice> choices = new ArrayList<>(List.of(AUTO, CLIENT));
        IntStream.rangeClosed(1, maximumLevel).mapToObj(LevelChoice::forced).forEach(choices::add);
        return List.copyOf(choices);
    }

    /** Returns the item's text in the dialog's language. */
    public String label(UiLanguage language) {
        return switch (mode) {
            case AUTO -> UiText.MODE_AUTO.in(language);
            case CLIENT -> UiText.MODE_CLIENT.in(language);
            case FORCED -> UiText.MODE_FORCED.in(language, level.orElseThrow());
        };
    }
}
