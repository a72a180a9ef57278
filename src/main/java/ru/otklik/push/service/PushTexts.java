package ru.otklik.push.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Titles of pushes in Russian and English ({@code messages/push_*.properties}), by event type. The Russian bundle
 * decides which events are pushed at all: those with a title; to the followers of an aggregate (an appeal's supporters)
 * those with a title under {@code followed.<type>}.
 */
@ApplicationScoped
public class PushTexts {

    /** The prefix of the titles of pushes to followers: {@code followed.appeal.answered}. */
    private static final String FOLLOWED = "followed.";

    private final Properties russian = load("messages/push_ru.properties");
    private final Properties english = load("messages/push_en.properties");

    public boolean pushed(String eventType) {
        return russian.containsKey(eventType);
    }

    /** Whether a followed aggregate's event is pushed to its followers too: those with a follower's title. */
    public boolean pushedToFollowers(String eventType) {
        return russian.containsKey(FOLLOWED + eventType);
    }

    /** The title of an event's push to a follower of its aggregate ("an appeal you support"). */
    public String followerTitle(String locale, String eventType, String number) {
        return title(locale, FOLLOWED + eventType, number);
    }

    public Set<String> types() {
        return russian.stringPropertyNames();
    }

    /** The title of an event's push in the device's language ("ru" or "en"); {@code number} fills {0}. */
    public String title(String locale, String eventType, String number) {
        boolean english = "en".equals(locale);
        String pattern = (english ? this.english : russian).getProperty(eventType, russian.getProperty(eventType));
        return new MessageFormat(pattern, english ? Locale.ENGLISH : Locale.forLanguageTag("ru")).format(new Object[] { number });
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = PushTexts.class.getClassLoader().getResourceAsStream(resource)) {
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
