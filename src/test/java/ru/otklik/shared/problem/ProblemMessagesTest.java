package ru.otklik.shared.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The message bundles as {@link ProblemMessages} reads them: both languages, and patterns that format as written. */
class ProblemMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    @Test
    void everyMessageIsInBothLanguages() throws IOException {
        Properties russian = load("ru");
        Properties english = load("en");
        TreeSet<String> onlyRussian = new TreeSet<>(russian.stringPropertyNames());
        onlyRussian.removeAll(english.stringPropertyNames());
        TreeSet<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(russian.stringPropertyNames());
        assertEquals(List.of(), new ArrayList<>(onlyRussian), "in Russian only");
        assertEquals(List.of(), new ArrayList<>(onlyEnglish), "in English only");
    }

    /**
     * A pattern with arguments goes through MessageFormat, where a lone apostrophe quotes the rest of the text (its
     * placeholders come out as "{0}"), so it must be doubled; a pattern without any is shown as written, where a doubled
     * one would show twice.
     */
    @Test
    void apostrophesComeOutAsWritten() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String language : List.of("ru", "en")) {
            ProblemMessages messages = new ProblemMessages();
            Properties bundle = load(language);
            for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
                String pattern = bundle.getProperty(key);
                boolean formatted = PLACEHOLDER.matcher(pattern).find();
                if (formatted) {
                    String text = messages.message(Locale.forLanguageTag(language), key, 7, 7, 7, 7);
                    if (PLACEHOLDER.matcher(text).find() || pattern.replace("''", "").contains("'")) {
                        wrong.add(language + " " + key + ": " + text);
                    }
                } else if (pattern.contains("''")) {
                    wrong.add(language + " " + key + ": a doubled apostrophe in a pattern without arguments");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemMessagesTest.class.getClassLoader()
                .getResourceAsStream("messages/problems_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
