package dev.relance.letters;

import java.util.List;

import dev.relance.ledger.Language;

/**
 * A letter merged with its template, before layout.
 *
 * @param template the template's file name, named in layout errors
 * @param xhtml    the XHTML document, the source of the PDF and of the HTML preview
 * @param language the language it is written in
 * @param warnings what the user should know, such as a language fallback; one line each
 */
public record RenderedLetter(String template, String xhtml, Language language,
        List<String> warnings) {

    public RenderedLetter {
        warnings = List.copyOf(warnings);
    }
}
