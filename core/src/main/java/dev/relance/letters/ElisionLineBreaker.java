package dev.relance.letters;

import java.text.BreakIterator;
import java.util.Locale;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;

/**
 * Finds where openhtmltopdf may break a line, as its default breaker does, except right after
 * a typographic apostrophe followed by a letter. The JDK's line breaker (JDK 17) allows a
 * break after U+2019, which would split a French elision such as {@code d’engager} across two
 * lines; it does not break after the ASCII apostrophe, so only U+2019 needs this.
 */
final class ElisionLineBreaker implements FSTextBreaker {

    private static final char APOSTROPHE = '\u2019';

    private final FSTextBreaker breaker;
    private String text = "";

    ElisionLineBreaker(Locale locale) {
        breaker = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(locale));
    }

    @Override
    public void setText(String newText) {
        text = newText;
        breaker.setText(newText);
    }

    @Override
    public int next() {
        int position = breaker.next();
        while (position != BreakIterator.DONE && splitsElision(position)) {
            position = breaker.next();
        }
        return position;
    }

    private boolean splitsElision(int position) {
        return position > 0 && position < text.length()
                && text.charAt(position - 1) == APOSTROPHE
                && Character.isLetter(text.charAt(position));
    }
}
