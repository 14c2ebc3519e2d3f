package dev.relance.letters;

/**
 * The text of an e-mail that carries a letter, merged from its template.
 *
 * @param subject   the subject line, on one line
 * @param plainText the plain-text body
 * @param html      the HTML body, a complete document
 */
public record EmailText(String subject, String plainText, String html) {
}
