package ru.otklik.shared.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;

/** Problem details and field messages in Russian and English ({@code messages/problems_*.properties}). */
@ApplicationScoped
public class ProblemMessages {

    private final Properties russian = load("messages/problems_ru.properties");
    private final Properties english = load("messages/problems_en.properties");

    public String message(Locale locale, String key, Object... args) {
        Properties bundle = Languages.isEnglish(locale) ? english : russian;
        String pattern = bundle.getProperty(key);
        if (pattern == null) {
            return key;
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ProblemMessages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing message bundle " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
