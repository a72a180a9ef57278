package ru.otklik.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.FlakyDatabase;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Tokens;

/**
 * While the database cannot be reached every request is a retryable 503 problem with Retry-After, readiness is down,
 * the log gets one warning when it starts and one when it ends (no stack trace per request), and a write retried
 * with its Idempotency-Key afterwards is done exactly once.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.Outage.class)
class DatabaseOutageTest {

    public static class Outage implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FlakyDatabase.class));
        }
    }

    @Test
    void anOutageIsAnsweredWith503AndRetryAfterAndLoggedOnceAtEachEnd() throws Exception {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        Map<String, Object> body = Appeals.pothole("Яма, поданная во время аварии базы данных " + UUID.randomUUID());
        String key = UUID.randomUUID().toString();
        // a directory search always asks the database (the category tree may be answered from an instance's copy)
        given().get("/api/v1/organisations?q=больница").then().statusCode(200);
        List<LogRecord> records = new ArrayList<>();
        Handler capture = capture(records);
        Logger.getLogger("").addHandler(capture);
        try {
            FlakyDatabase.cut();
            for (int i = 0; i < 20; i++) {
                given().get("/api/v1/organisations?q=больница").then().statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", "7")
                        .body("type", equalTo("https://otklik.ru/problems/service-unavailable"));
            }
            Response filing = given().auth().oauth2(citizen).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(body).post("/api/v1/appeals");
            assertEquals(503, filing.statusCode(), filing.asString());
            given().get("/q/health/ready").then().statusCode(503);

            FlakyDatabase.restore();
            long deadline = System.currentTimeMillis() + 30_000;
            while (given().get("/q/health/ready").statusCode() != 200 && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            long first = given().auth().oauth2(citizen).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(body).post("/api/v1/appeals").then().statusCode(201).extract().jsonPath().getLong("id");
            given().auth().oauth2(citizen).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(body).post("/api/v1/appeals").then().statusCode(201)
                    .header("Idempotent-Replayed", "true").body("id", equalTo((int) first));
            while (records.stream().noneMatch(r -> r.getMessage().contains("available again"))
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
        } finally {
            FlakyDatabase.restore();
            Logger.getLogger("").removeHandler(capture);
        }
        List<String> warnings;
        synchronized (records) {
            warnings = records.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                    .map(r -> r.getLoggerName() + ": " + r.getMessage()).toList();
        }
        assertEquals(2, warnings.stream().filter(w -> w.contains("DatabaseOutage")).count(), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("Database unavailable")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("available again")), warnings.toString());
        assertTrue(records.stream().noneMatch(r -> r.getLevel().intValue() >= Level.SEVERE.intValue()
                && r.getLoggerName().startsWith("ru.otklik")), "no ERROR from the application: " + warnings);
        assertEquals(1, given().auth().oauth2(citizen).queryParam("scope", "own").get("/api/v1/appeals")
                .then().statusCode(200).extract().jsonPath().getList("items").size(), "filed exactly once");
    }

    private static Handler capture(List<LogRecord> records) {
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (records) {
                    records.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        return handler;
    }
}
