package ru.otklik.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Calendars;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Tokens;

/**
 * Deadlines on a provisional calendar: flagged, found by the inbox, counted again when their year is replaced or made
 * official - while they run, and only then - with the reason in the appeal's history. The year the next working days
 * fall in is made provisional for each test and put back afterwards.
 */
@QuarkusTest
class CalendarRecountTest {

    private static final String ADMIN_OID = "1000900001";

    @Inject
    Pool pool;

    @Inject
    WorkingCalendar calendar;

    /** A plain working day soon after today: inside every new deadline, and a day an ADMIN may make a day off. */
    LocalDate plainDay;
    int year;
    Calendars.Snapshot snapshot;

    @BeforeEach
    void theComingDaysAreProvisional() {
        plainDay = Calendars.nextPlainWorkingDay(pool);
        year = plainDay.getYear();
        snapshot = Calendars.Snapshot.of(pool, year);
        sql("update calendar_year set status = 'PROVISIONAL', decree_number = null, decree_date = null where year = $1", year);
    }

    @AfterEach
    void putTheYearBack() {
        snapshot.restore(pool);
    }

    @Test
    void whenTheYearBecomesOfficialRunningProvisionalDeadlinesAreCountedAgainWithTheReasonInTheirHistory() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long running = registered(citizen);
        JsonPath before = appeal(citizen, running);
        assertEquals(true, before.getBoolean("dueDateProvisional"));
        long answered = Appeals.answered(citizen);
        String answeredDue = appeal(citizen, answered).getString("dueDate");
        long passed = registered(citizen);
        sql("update appeal set due_at = now() - interval '1 minute' where id = $1", passed);
        String passedDue = appeal(citizen, passed).getString("dueDate");

        given().auth().oauth2(Appeals.official()).queryParam("scope", "inbox").queryParam("provisional", true)
                .queryParam("limit", 100).get("/api/v1/appeals").then().statusCode(200)
                .body("items.id", hasItem((int) running))
                .body("items.dueDateProvisional", everyItem(equalTo(true)));
        given().auth().oauth2(Appeals.official()).queryParam("scope", "inbox").queryParam("provisional", false)
                .queryParam("limit", 100).get("/api/v1/appeals").then().statusCode(200)
                .body("items.id", not(hasItem((int) running)));

        Calendars.put(Tokens.admin(), year, decree(withDayOff(current()))).statusCode(200)
                .body("status", equalTo("OFFICIAL"));

        ProductionCalendar.Deadline expected = calendar.calendar().await().indefinitely()
                .deadline(LocalDate.now(Calendars.IRKUTSK), 10);
        assertNotEquals(before.getString("dueDate"), expected.due().toString(), "the new day off lies in the counted range");
        JsonPath after = appeal(citizen, running);
        assertEquals(expected.due().toString(), after.getString("dueDate"));
        assertEquals(expected.provisional(), after.getBoolean("dueDateProvisional"));
        given().auth().oauth2(citizen).get("/api/v1/appeals/" + running + "/history").then().statusCode(200)
                .body("[-1].action", equalTo("RECALCULATE"))
                .body("[-1].actorRole", equalTo("SYSTEM"))
                .body("[-1].actorOid", equalTo(ADMIN_OID))
                .body("[-1].fromStatus", equalTo("REGISTERED"))
                .body("[-1].toStatus", equalTo("REGISTERED"))
                .body("[-1].reason", containsString("постановлением Правительства РФ"))
                .body("[-1].details.previousDueDate", equalTo(before.getString("dueDate")))
                .body("[-1].details.dueDate", equalTo(expected.due().toString()))
                .body("[-1].details.calendarYear", equalTo(year));
        assertEquals(1L, count("select count(*) from outbox_event where aggregate_kind = 'appeal' and aggregate_id = $1 "
                + "and type = 'appeal.deadline_recalculated' and organisation_id is not null", running));

        assertEquals(answeredDue, appeal(citizen, answered).getString("dueDate"), "answered: fixed");
        assertEquals(passedDue, appeal(citizen, passed).getString("dueDate"), "its due date passed: fixed");
        assertEquals(0L, count("select count(*) from outbox_event where aggregate_kind = 'appeal' and aggregate_id in ($1, $2) "
                + "and action = 'RECALCULATE'", answered, passed));
    }

    @Test
    void whenAProvisionalYearIsReplacedItsDeadlinesAreCountedAgainAndAnAppealRegisteredNowCountsOnItAtOnce() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long earlier = registered(citizen);
        String dueBefore = appeal(citizen, earlier).getString("dueDate");

        Calendars.putXml(Tokens.admin(), year, xml(withDayOff(current())),
                Map.of("status", "PROVISIONAL", "basis", "Проект постановления (тест)")).statusCode(200)
                .body("status", equalTo("PROVISIONAL"))
                .body("nonWorkingDays.date", hasItem(plainDay.toString()));

        JsonPath recounted = appeal(citizen, earlier);
        assertNotEquals(dueBefore, recounted.getString("dueDate"));
        assertEquals(true, recounted.getBoolean("dueDateProvisional"));
        given().auth().oauth2(citizen).get("/api/v1/appeals/" + earlier + "/history").then()
                .body("[-1].action", equalTo("RECALCULATE"))
                .body("[-1].reason", containsString("предварительный"));
        long now = registered(citizen);
        assertEquals(recounted.getString("dueDate"), appeal(citizen, now).getString("dueDate"),
                "registered after the load, on the new days");
        given().auth().oauth2(citizen).get("/api/v1/appeals/" + now + "/history").then()
                .body("action", not(hasItem("RECALCULATE")));
    }

    @Test
    void aDeadlineCountedOnOfficialDataStaysFixedWhenItsYearIsCorrected() {
        Calendars.put(Tokens.admin(), year, decree(current().getList("nonWorkingDays"))).statusCode(200)
                .body("status", equalTo("OFFICIAL"));
        assumeFalse(calendar.calendar().await().indefinitely().deadline(LocalDate.now(Calendars.IRKUTSK), 10).provisional(),
                "a new deadline reaches into a provisional year: nothing here is fixed");
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long fixed = registered(citizen);
        JsonPath before = appeal(citizen, fixed);
        assertEquals(false, before.getBoolean("dueDateProvisional"));

        Calendars.put(Tokens.admin(), year, decree(withDayOff(current()))).statusCode(200);

        assertEquals(before.getString("dueDate"), appeal(citizen, fixed).getString("dueDate"));
        given().auth().oauth2(citizen).get("/api/v1/appeals/" + fixed + "/history").then()
                .body("action", not(hasItem("RECALCULATE")));
    }

    @Test
    void aDeadlineReachingIntoAYearWithoutDataIsAClearProblemAndChangesNothing() {
        sql("delete from calendar_year where year = $1", year);
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(citizen);
        Appeals.act(Tokens.moderator(), id, "moderate", Map.of("decision", "APPROVE"))
                .statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("https://otklik.ru/problems/calendar-missing"))
                .body("detail", containsString(Integer.toString(year)))
                .body("detail", containsString("PUT /api/v1/calendar/" + year));
        given().auth().oauth2(citizen).get("/api/v1/appeals/" + id).then().body("status", equalTo("SUBMITTED"));
        assertEquals(1L, count("select count(*) from outbox_event where aggregate_kind = 'appeal' and aggregate_id = $1", id));
    }

    private long registered(String citizen) {
        long id = Appeals.filePothole(citizen);
        Appeals.register(id);
        return id;
    }

    private static JsonPath appeal(String token, long id) {
        return given().auth().oauth2(token).get("/api/v1/appeals/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** The year as the API shows it now. */
    private JsonPath current() {
        return given().get("/api/v1/calendar/" + year).then().statusCode(200).extract().jsonPath();
    }

    /** Its days with one more day off, inside every deadline counted from today. */
    private List<Map<String, Object>> withDayOff(JsonPath year) {
        List<Map<String, Object>> days = new ArrayList<>(year.getList("nonWorkingDays"));
        days.add(Calendars.day(plainDay, "DAY_OFF", "Перенос выходного (тест)"));
        return days;
    }

    /** The year as OFFICIAL under a decree made up for the test, with these non-working days. */
    private Map<String, Object> decree(List<Map<String, Object>> nonWorkingDays) {
        return Map.of("status", "OFFICIAL",
                "source", Map.of("decreeNumber", "9999", "decreeDate", (year - 1) + "-09-20", "url", "https://example.org/9999"),
                "nonWorkingDays", nonWorkingDays,
                "transferredWorkingDays", current().getList("transferredWorkingDays"));
    }

    /** The same days as an xmlcalendar document. */
    private String xml(List<Map<String, Object>> nonWorkingDays) {
        List<String[]> days = new ArrayList<>();
        for (Map<String, Object> day : nonWorkingDays) {
            String date = ((String) day.get("date")).substring(5).replace('-', '.');
            days.add("HOLIDAY".equals(day.get("kind")) ? new String[] { date, "1", (String) day.get("note") }
                    : new String[] { date, "1" });
        }
        for (Object worked : current().getList("transferredWorkingDays.date")) {
            days.add(new String[] { ((String) worked).substring(5).replace('-', '.'), "3" });
        }
        return Calendars.xml(year, days);
    }

    private void sql(String statement, Object... params) {
        pool.preparedQuery(statement).execute(Tuple.from(params)).await().indefinitely();
    }

    private long count(String statement, Object... params) {
        return pool.preparedQuery(statement).execute(Tuple.from(params)).await().indefinitely().iterator().next().getLong(0);
    }
}
