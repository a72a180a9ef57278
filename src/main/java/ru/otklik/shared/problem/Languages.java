package ru.otklik.shared.problem;

import java.util.List;
import java.util.Locale;

/** The API speaks Russian (the default) and English, chosen by {@code Accept-Language}. */
public final class Languages {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Languages() {
    }

    /** Picks the first of the acceptable languages (already ordered by quality) that the API speaks. */
    public static Locale pick(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if ("ru".equals(language)) {
                return RUSSIAN;
            }
            if ("en".equals(language)) {
                return ENGLISH;
            }
        }
        return RUSSIAN;
    }

    /** The same for a raw {@code Accept-Language} header value, which may be absent or malformed. */
    public static Locale pick(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return RUSSIAN;
        }
        try {
            return pick(Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList());
        } catch (IllegalArgumentException e) {
            return RUSSIAN;
        }
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
