package ru.otklik.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.otklik.testsupport.Parallel.inParallel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.testsupport.Calendars;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Tokens;

/** The calendar through its API: what a year says, who may replace it, and how a bad year is refused. */
@QuarkusTest
class CalendarApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    Pool pool;

    @Test
    void anyoneSees2027AsProvisionalWithItsDaysAndTotals() {
        given().get("/api/v1/calendar/2027").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("year", equalTo(2027))
                .body("status", equalTo("PROVISIONAL"))
                .body("source.decreeNumber", nullValue())
                .body("source.basis", containsString("2021"))
                .body("nonWorkingDays.date", hasItems("2027-01-07", "2027-02-22", "2027-12-31"))
                .body("nonWorkingDays.find { it.date == '2027-02-22' }.kind", equalTo("DAY_OFF"))
                .body("nonWorkingDays.note", not(hasItem(containsString("1187"))))
                .body("transferredWorkingDays.date", equalTo(List.of("2027-02-20")))
                .body("shortenedDays", nullValue())
                .body("totals.calendarDays", equalTo(365))
                .body("totals.workingDays", equalTo(247))
                .body("totals.nonWorkingDays", equalTo(118))
                .body("totals.workingHours", nullValue());
    }

    @Test
    void theYearsShippedWithTheApplicationRestOnTheirDecrees() {
        given().get("/api/v1/calendar/2026").then().statusCode(200)
                .body("status", equalTo("OFFICIAL"))
                .body("source.decreeNumber", equalTo("1466"))
                .body("source.decreeDate", equalTo("2025-09-24"))
                .body("source.url", containsString("pravo.gov.ru"))
                .body("totals.workingDays", equalTo(247));
        given().get("/api/v1/calendar/2024").then().body("source.decreeNumber", equalTo("1314"));
        given().get("/api/v1/calendar/2025").then().body("source.decreeNumber", equalTo("1335"));
    }

    @Test
    void aYearWithoutDataIsNotFoundAndAYearOutOfRangeIsABadRequest() {
        given().get("/api/v1/calendar/2099").then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://otklik.ru/problems/not-found"))
                .body("detail", containsString("2099"));
        given().get("/api/v1/calendar/1999").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void anAdminLoadsANewYearFromJsonThenReplacesItAndMakesItOfficial() {
        Response created = Calendars.put(Tokens.admin(), 2031, Calendars.provisional(2031)).statusCode(201)
                .header("Location", endsWith("/api/v1/calendar/2031"))
                .body("status", equalTo("PROVISIONAL"))
                .body("totals.workingDays", equalTo(251))
                .extract().response();
        String etag = created.header("ETag");
        Map<String, Object> body = Calendars.provisional(2031);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> days = new ArrayList<>((List<Map<String, Object>>) body.get("nonWorkingDays"));
        days.add(Calendars.day(LocalDate.of(2031, 3, 10), "DAY_OFF", "Перенос выходного с субботы 8 марта"));
        body.put("nonWorkingDays", days);
        body.put("shortenedDays", List.of(Calendars.day(LocalDate.of(2031, 3, 7), null, null)));
        given().auth().oauth2(Tokens.admin()).header("If-Match", etag).contentType("application/json").body(body)
                .put("/api/v1/calendar/2031").then().statusCode(200)
                .body("status", equalTo("PROVISIONAL"))
                .body("totals.workingDays", equalTo(250))
                .body("shortenedDays.date", equalTo(List.of("2031-03-07")))
                .body("totals.workingHours", equalTo(250 * 8 - 1));
        given().auth().oauth2(Tokens.admin()).header("If-Match", etag).contentType("application/json")
                .body(Calendars.official(2031)).put("/api/v1/calendar/2031").then().statusCode(409).contentType(PROBLEM);
        Calendars.put(Tokens.admin(), 2031, Calendars.official(2031)).statusCode(200)
                .body("status", equalTo("OFFICIAL"))
                .body("source.decreeNumber", equalTo("92031"))
                .body("totals.workingDays", equalTo(251))
                .body("loadedAt", notNullValue());
        assertEquals(List.of("calendar.year_loaded", "calendar.year_loaded", "calendar.year_official"), events(2031));
        Row official = pool.preparedQuery("select actor_role, actor_oid, payload::text from outbox_event "
                + "where aggregate_kind = 'calendar' and aggregate_id = 2031 order by id desc limit 1")
                .execute().await().indefinitely().iterator().next();
        assertEquals("ADMIN", official.getString(0));
        assertEquals("1000900001", official.getString(1));
        assertTrue(official.getString(2).contains("\"decreeNumber\": \"92031\"") || official.getString(2).contains("\"decreeNumber\":\"92031\""),
                official.getString(2));
    }

    @Test
    void anOfficialYearIsNeverReplacedByProvisionalData() {
        Calendars.put(Tokens.admin(), 2032, Calendars.official(2032)).statusCode(201);
        Calendars.put(Tokens.admin(), 2032, Calendars.provisional(2032)).statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("2032"));
        given().get("/api/v1/calendar/2032").then().body("status", equalTo("OFFICIAL"));
    }

    @Test
    void anAdminLoadsAnXmlcalendarDocumentWithItsShortenedDays() {
        List<String[]> days = new ArrayList<>(Calendars.xmlHolidays(2033));
        days.add(new String[] { "03.07", "2" });
        days.add(new String[] { "01.10", "1" });
        days.add(new String[] { "01.15", "3" });
        Calendars.putXml(Tokens.admin(), 2033, Calendars.xml(2033, days),
                Map.of("status", "OFFICIAL", "decreeNumber", "777", "decreeDate", "2032-09-01", "url", "https://example.org/777"))
                .statusCode(201)
                .body("status", equalTo("OFFICIAL"))
                .body("nonWorkingDays.find { it.date == '2033-01-07' }.note", equalTo("Рождество Христово"))
                .body("nonWorkingDays.find { it.date == '2033-01-10' }.kind", equalTo("DAY_OFF"))
                .body("transferredWorkingDays.date", equalTo(List.of("2033-01-15")))
                .body("shortenedDays.date", equalTo(List.of("2033-03-07")))
                .body("totals.workingDays", equalTo(251))
                .body("totals.workingHours", equalTo(251 * 8 - 1));
        given().contentType("text/xml").auth().oauth2(Tokens.admin()).queryParam("status", "PROVISIONAL")
                .body(Calendars.xml(2033, Calendars.xmlHolidays(2033))).put("/api/v1/calendar/2033")
                .then().statusCode(409);
    }

    @Test
    void errorsNameTheDayInJsonAndInXml() {
        Map<String, Object> body = Calendars.provisional(2034);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> days = new ArrayList<>((List<Map<String, Object>>) body.get("nonWorkingDays"));
        days.add(Calendars.day(LocalDate.of(2034, 3, 4), "DAY_OFF", null));
        body.put("nonWorkingDays", days);
        body.put("transferredWorkingDays", List.of(Calendars.day(LocalDate.of(2035, 1, 6), null, null)));
        Calendars.put(Tokens.admin(), 2034, body).statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://otklik.ru/problems/validation"))
                .body("errors.field", hasItems("nonWorkingDays[14]", "transferredWorkingDays[0]"))
                .body("errors.find { it.field == 'nonWorkingDays[14]' }.message", containsString("2034-03-04"))
                .body("errors.find { it.field == 'transferredWorkingDays[0]' }.message", containsString("2035-01-06"));
        List<String[]> xmlDays = new ArrayList<>(Calendars.xmlHolidays(2034));
        xmlDays.add(new String[] { "02.31", "1" });
        Calendars.putXml(Tokens.admin(), 2034, Calendars.xml(2034, xmlDays), Map.of("status", "PROVISIONAL"))
                .statusCode(400)
                .body("errors[0].field", equalTo("days[14]"))
                .body("errors[0].message", containsString("02.31"));
        given().header("Accept-Language", "en").auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Map.of("status", "OFFICIAL", "nonWorkingDays", Calendars.holidays(2034)))
                .put("/api/v1/calendar/2034").then().statusCode(400)
                .body("errors.field", hasItems("source.decreeNumber", "source.decreeDate", "source.url"));
        given().get("/api/v1/calendar/2034").then().statusCode(404);
    }

    @Test
    void anXmlDocumentThatReachesForAFileIsRefusedAndChangesNothing() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE calendar [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <calendar year="2035"><holidays><holiday id="1" title="&secret;"/></holidays>
                <days><day d="01.01" t="1" h="1"/></days></calendar>""";
        Calendars.putXml(Tokens.admin(), 2035, xxe, Map.of("status", "PROVISIONAL")).statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://otklik.ru/problems/malformed-body"))
                .body(not(containsString("root:")));
        given().get("/api/v1/calendar/2035").then().statusCode(404);
    }

    @Test
    void aDocumentTooLargeOrForAnotherYearOrOfAnotherTypeIsRefused() {
        String padding = "<!--" + "x".repeat(70 * 1024) + "-->";
        Calendars.putXml(Tokens.admin(), 2036, Calendars.xml(2036, Calendars.xmlHolidays(2036)) + padding,
                Map.of("status", "PROVISIONAL")).statusCode(413).contentType(PROBLEM);
        Calendars.putXml(Tokens.admin(), 2036, Calendars.xml(2037, Calendars.xmlHolidays(2037)), Map.of("status", "PROVISIONAL"))
                .statusCode(400).body("errors[0].field", equalTo("year"));
        Calendars.putXml(Tokens.admin(), 2036, Calendars.xml(2036, Calendars.xmlHolidays(2036)), Map.of())
                .statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(Tokens.admin()).contentType("text/csv").body("01.01;1").put("/api/v1/calendar/2036")
                .then().statusCode(415).contentType(PROBLEM);
        given().get("/api/v1/calendar/2036").then().statusCode(404);
    }

    @Test
    void onlyAnAdminReplacesAYear() {
        int version = given().get("/api/v1/calendar/2027").then().extract().path("version");
        for (String token : List.of(Tokens.trustedCitizen(Numbers.oid()), Tokens.moderator(), Tokens.operator(),
                Tokens.official("1000100301", "1000038001"))) {
            Calendars.put(token, 2027, Calendars.provisional(2027)).statusCode(403).contentType(PROBLEM)
                    .body("type", equalTo("https://otklik.ru/problems/forbidden"));
            Calendars.putXml(token, 2027, Calendars.xml(2027, Calendars.xmlHolidays(2027)), Map.of("status", "PROVISIONAL"))
                    .statusCode(403);
        }
        given().contentType("application/json").body(Calendars.provisional(2027)).put("/api/v1/calendar/2027")
                .then().statusCode(401).contentType(PROBLEM);
        given().get("/api/v1/calendar/2027").then().body("version", equalTo(version)).body("totals.workingDays", equalTo(247));
    }

    @Test
    void adminsLoadingTheSameYearAtOnceEachSucceedOrAreToldToRepeatAndTheYearStaysWhole() throws Exception {
        Calendars.put(Tokens.admin(), 2038, Calendars.provisional(2038)).statusCode(201);
        List<Response> responses = inParallel(4, () -> given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body(Calendars.provisional(2038)).put("/api/v1/calendar/2038"));
        for (Response response : responses) {
            assertTrue(response.statusCode() == 200 || response.statusCode() == 409, response.asString());
        }
        assertTrue(responses.stream().anyMatch(response -> response.statusCode() == 200));
        given().get("/api/v1/calendar/2038").then().statusCode(200)
                .body("nonWorkingDays", hasSize(14))
                .body("totals.workingDays", equalTo(252));
    }

    @Test
    void aRetriedLoadWithItsIdempotencyKeyIsReplayedAndNotLoadedTwice() {
        String key = java.util.UUID.randomUUID().toString();
        String document = Calendars.xml(2041, Calendars.xmlHolidays(2041));
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(Tokens.admin()).header("Idempotency-Key", key).contentType("application/xml")
                    .queryParam("status", "PROVISIONAL").body(document).put("/api/v1/calendar/2041")
                    .then().statusCode(201).header("Idempotent-Replayed", attempt == 0 ? nullValue() : equalTo("true"));
        }
        given().auth().oauth2(Tokens.admin()).header("Idempotency-Key", key).contentType("application/xml")
                .queryParam("status", "PROVISIONAL").queryParam("basis", "другое").body(document).put("/api/v1/calendar/2041")
                .then().statusCode(422).body("type", equalTo("https://otklik.ru/problems/idempotency-key-reused"));
        assertEquals(List.of("calendar.year_loaded"), events(2041));
    }

    @Test
    void openApiDescribesTheCalendarAndTheDeadlinesThatMayLackIt() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/calendar/{year}'.get.responses.'200'.content.'application/json'.schema", notNullValue())
                .body("paths.'/api/v1/calendar/{year}'.put.requestBody.content", org.hamcrest.Matchers.hasKey("application/xml"))
                .body("paths.'/api/v1/calendar/{year}'.put.requestBody.content", org.hamcrest.Matchers.hasKey("application/json"))
                .body("paths.'/api/v1/calendar/{year}'.put.responses.'201'", notNullValue())
                .body("paths.'/api/v1/calendar/{year}'.put.security", notNullValue())
                .body("paths.'/api/v1/appeals/{id}/moderate'.post.responses.'503'.description", containsString("calendar-missing"))
                .body("paths.'/api/v1/appeals/{id}/moderate'.post.responses.'409'", notNullValue())
                // every operation may be a 503 while the database is away; only those that count a deadline for calendar-missing
                .body("paths.'/api/v1/appeals/{id}/take'.post.responses.'503'.description", not(containsString("calendar-missing")));
    }

    private List<String> events(int year) {
        List<String> types = new ArrayList<>();
        pool.preparedQuery("select type from outbox_event where aggregate_kind = 'calendar' and aggregate_id = $1 order by id")
                .execute(Tuple.of((long) year)).await().indefinitely().forEach(row -> types.add(row.getString(0)));
        return types;
    }

}
