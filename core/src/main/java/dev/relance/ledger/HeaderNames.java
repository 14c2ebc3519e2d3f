package dev.relance.ledger;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The header names accepted for one column, in French and in English. A name in both lists, such
 * as {@code Date}, tells nothing of the workbook's language.
 */
record HeaderNames(List<String> french, List<String> english) {

    HeaderNames {
        french = List.copyOf(french);
        english = List.copyOf(english);
    }

    static HeaderNames of(List<String> french, List<String> english) {
        return new HeaderNames(french, english);
    }

    /** Returns whether the header key is one of these names. */
    boolean matches(String key) {
        return inList(french, key) || inList(english, key);
    }

    /** Returns the language of the header key when only one of the two lists has it. */
    Optional<Language> languageOf(String key) {
        boolean isFrench = inList(french, key);
        boolean isEnglish = inList(english, key);
        if (isFrench == isEnglish) {
            return Optional.empty();
        }
        return Optional.of(isFrench ? Language.FR : Language.EN);
    }

    /** Returns every accepted name, French ones first, for error messages. */
    List<String> all() {
        return Stream.concat(french.stream(), english.stream())
                .distinct()
                .toList();
    }

    private static boolean inList(List<String> names, String key) {
        return names.stream().anyMatch(name -> HeaderKey.of(name).equals(key));
    }
}
