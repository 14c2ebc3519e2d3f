package dev.relance.ledger;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a language cell: a code such as {@code fr}, {@code en-US}, or a name such as français. */
final class LanguageNames {

    private static final Pattern FRENCH_CODE = Pattern.compile("fr([-_][a-z]{2})?");
    private static final Pattern ENGLISH_CODE = Pattern.compile("en([-_][a-z]{2})?");
    private static final Set<String> FRENCH_NAMES = Set.of("francais", "french");
    private static final Set<String> ENGLISH_NAMES = Set.of("anglais", "english");

    private LanguageNames() {
    }

    /** Finds the language a code or name stands for; empty when it is neither French nor English. */
    static Optional<Language> find(String text) {
        String key = TextKey.of(text);
        if (FRENCH_CODE.matcher(key).matches() || FRENCH_NAMES.contains(key)) {
            return Optional.of(Language.FR);
        }
        if (ENGLISH_CODE.matcher(key).matches() || ENGLISH_NAMES.contains(key)) {
            return Optional.of(Language.EN);
        }
        return Optional.empty();
    }

    /** Returns whether the text is {@code en-US}, the one language that reads slash dates month first. */
    static boolean isUnitedStates(String text) {
        String key = TextKey.of(text).replace('_', '-');
        return key.equals("en-us");
    }
}
