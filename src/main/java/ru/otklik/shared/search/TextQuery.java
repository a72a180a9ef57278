package ru.otklik.shared.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a person types into a PostgreSQL tsquery for the {@code russian} configuration: every word becomes a
 * stemmed prefix ({@code больницы} → {@code больниц:*}), all words must match. Only letters and digits pass, so the
 * tsquery syntax cannot be injected.
 */
public final class TextQuery {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int MAX_TERMS = 8;

    private TextQuery() {
    }

    /** The tsquery text for {@code to_tsquery('russian', ...)}, or null when there is no word in it. */
    public static String prefixQuery(String typed) {
        List<String> terms = new ArrayList<>();
        Matcher matcher = WORD.matcher(typed.toLowerCase(Locale.ROOT));
        while (matcher.find() && terms.size() < MAX_TERMS) {
            terms.add(matcher.group() + ":*");
        }
        return terms.isEmpty() ? null : String.join(" & ", terms);
    }

    /**
     * The same terms, any of which may match: for ranking texts by how much they share with this one (two reports of
     * one pothole seldom use the same words), not for narrowing a search down. Null when there is no word.
     */
    public static String anyWordQuery(String typed) {
        String all = prefixQuery(typed);
        return all == null ? null : all.replace(" & ", " | ");
    }
}
