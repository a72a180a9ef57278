package ru.otklik.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.testsupport.Calendars;
import ru.otklik.testsupport.Tokens;

/** Operators see, long before New Year, whether next year's calendar rests on a decree; readiness stays UP. */
@QuarkusTest
class CalendarMonitorTest {

    private static final String CHECK = "checks.find { it.name == 'production-calendar' }";

    @Inject
    Pool pool;

    @Test
    void readinessStaysUpAndSaysWhatThisYearAndNextYearRestOn() {
        int year = LocalDate.now(ZoneId.of("Europe/Moscow")).getYear();
        String next = status(year + 1);
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(CHECK + ".status", equalTo("UP"))
                .body(CHECK + ".data.currentYear", equalTo(year))
                .body(CHECK + ".data.currentYearStatus", equalTo(status(year)))
                .body(CHECK + ".data.nextYear", equalTo(year + 1))
                .body(CHECK + ".data.nextYearStatus", equalTo(next))
                .body(CHECK + ".data.attention", "OFFICIAL".equals(next) ? nullValue()
                        : allOf(startsWith((year + 1) + " has no official calendar yet"),
                                containsString("PUT /api/v1/calendar/" + (year + 1))));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("otklik_calendar_next_year_loaded " + ("MISSING".equals(next) ? "0.0" : "1.0")))
                .body(containsString("otklik_calendar_next_year_official " + ("OFFICIAL".equals(next) ? "1.0" : "0.0")));
    }

    @Test
    void onceNextYearRestsOnItsDecreeTheAttentionGoesAndTheGaugeSaysSo() {
        int next = LocalDate.now(ZoneId.of("Europe/Moscow")).getYear() + 1;
        assumeTrue("PROVISIONAL".equals(status(next)), "next year is provisional today");
        Calendars.Snapshot snapshot = Calendars.Snapshot.of(pool, next);
        try {
            JsonPath year = given().get("/api/v1/calendar/" + next).then().extract().jsonPath();
            Calendars.put(Tokens.admin(), next, Map.of("status", "OFFICIAL",
                    "source", Map.of("decreeNumber", "9999", "decreeDate", (next - 1) + "-09-20", "url", "https://example.org/9999"),
                    "nonWorkingDays", year.getList("nonWorkingDays"),
                    "transferredWorkingDays", year.getList("transferredWorkingDays"))).statusCode(200);
            given().get("/q/health/ready").then().statusCode(200)
                    .body(CHECK + ".data.nextYearStatus", equalTo("OFFICIAL"))
                    .body(CHECK + ".data.attention", nullValue());
            given().get("/q/metrics").then().body(containsString("otklik_calendar_next_year_official 1.0"));
        } finally {
            snapshot.restore(pool);
        }
    }

    private String status(int year) {
        RowSet<Row> rows = pool.preparedQuery("select status from calendar_year where year = $1").execute(Tuple.of(year))
                .await().indefinitely();
        return rows.size() == 0 ? "MISSING" : rows.iterator().next().getString(0);
    }
}
