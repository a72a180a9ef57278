package ru.otklik.push.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Push titles: both languages for every pushed type, the number filled in, nothing else pushed. */
class PushTextsTest {

    private final PushTexts texts = new PushTexts();

    @Test
    void everyPushedTypeHasATitleInBothLanguages() throws Exception {
        Properties english = new Properties();
        english.load(new InputStreamReader(getClass().getClassLoader().getResourceAsStream("messages/push_en.properties"),
                StandardCharsets.UTF_8));
        assertEquals(texts.types(), english.stringPropertyNames());
    }

    @Test
    void aTitleNamesTheAppealByItsNumberInTheDevicesLanguage() {
        assertEquals("Ваше обращение 38-2026-000123: дан ответ", texts.title("ru", "appeal.answered", "38-2026-000123"));
        assertEquals("Your appeal 38-2026-000123: an answer has been given", texts.title("en", "appeal.answered", "38-2026-000123"));
    }

    @Test
    void onlyEventsWithATitleArePushed() {
        assertTrue(texts.pushed("appeal.answered"));
        assertTrue(texts.pushed("poll.published"));
        assertFalse(texts.pushed("appeal.submitted"), "the author just did it");
        assertFalse(texts.pushed("comment.posted"));
    }
}
