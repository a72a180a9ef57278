package ru.otklik.appeals;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Tokens;

/** 152-FZ: a run that files and works an appeal logs oids and numbers, never texts, names or phones. */
@QuarkusTest
class PersonalDataLoggingTest {

    @Test
    void noTextNameOrPhoneReachesTheLog() {
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getMessage();
                if (record.getParameters() != null) {
                    message = message + " " + java.util.Arrays.toString(record.getParameters());
                }
                if (record.getThrown() != null) {
                    message = message + " " + record.getThrown();
                }
                synchronized (lines) {
                    lines.add(message);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        Level before = Logger.getLogger("ru.otklik").getLevel();
        Logger.getLogger("ru.otklik").setLevel(Level.ALL);
        root.addHandler(capture);
        String secretText = "Секретный текст обращения про яму " + Numbers.oid();
        String oid = Numbers.oid();
        try {
            Map<String, Object> body = Appeals.pothole(secretText);
            body.put("channel", "CONTACT_CENTER");
            body.put("applicant", Map.of("name", "Тайноваямарья Ивановна", "phone", "+79995554433"));
            long id = Appeals.file(Tokens.withRole(oid, "OPERATOR"), body).statusCode(201).extract().jsonPath().getLong("id");
            Appeals.register(id);
            Appeals.act(Appeals.official(), id, "take", null).statusCode(200);
            Appeals.act(Appeals.official(), id, "answer", Map.of("text", "Секретный ответ организации заявителю")).statusCode(200);
            Appeals.act(Tokens.withRole(oid, "OPERATOR"), id, "rate", Map.of("rating", 5, "comment", "Тайноваямарья довольна"))
                    .statusCode(200);
        } finally {
            root.removeHandler(capture);
            Logger.getLogger("ru.otklik").setLevel(before);
        }
        String log = String.join("\n", lines);
        assertTrue(log.contains(oid), "the operator's oid is logged: the run was captured");
        for (String secret : List.of(secretText, "Тайноваямарья", "+79995554433", "79995554433", "Секретный ответ",
                "Тестов Тест", "test-" + oid)) {
            assertFalse(log.contains(secret), () -> "personal data in the log: " + secret);
        }
    }
}
