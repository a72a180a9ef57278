package ru.otklik.stats;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static ru.otklik.testsupport.StatsFixtures.irkutsk;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.vertx.mutiny.sqlclient.Pool;
import ru.otklik.appeals.service.AppealRules;
import ru.otklik.calendar.WorkingCalendar;
import ru.otklik.testsupport.Directory;
import ru.otklik.testsupport.StatsFixtures;
import ru.otklik.testsupport.Tokens;

/**
 * The figures against hand-computed fixtures, in an organisation tree and a topic of this test's own (R ⊃ C1 ⊃ C2,
 * and X beside them; topic T ⊃ T1 with a 3-day deadline, T2 with 10), read by a moderator (no suppression).
 * Working days follow the production calendar of 2026, where Sunday 8 March is a holiday and Monday 9 March the day
 * off moved from it.
 */
@QuarkusTest
class AppealStatsMathTest {

    private static Tree tree;

    record Tree(long r, long c1, long c2, long x, long t, long t1, long t2, long potholes) {
    }

    @Inject
    Pool pool;

    @Inject
    AppealRules rules;

    @Inject
    WorkingCalendar calendar;

    @BeforeEach
    void fixtures() {
        if (tree != null) {
            return;
        }
        long r = StatsFixtures.organisation("Статистика R", null, null);
        long c1 = StatsFixtures.organisation("Статистика C1", r, null);
        long c2 = StatsFixtures.organisation("Статистика C2", c1, null);
        long x = StatsFixtures.organisation("Статистика X", null, null);
        long t = StatsFixtures.category("stats-t", null, 10);
        long t1 = StatsFixtures.category("stats-t1", t, 3);
        long t2 = StatsFixtures.category("stats-t2", t, 10);
        long potholes = Directory.categoryId("roads.potholes");
        StatsFixtures appeals = new StatsFixtures(pool, rules, calendar.calendar().await().indefinitely());

        // C2, T2: registered Monday 6 April, answered after 1, 2, 4 and 7 working days, all within the 10-day deadline
        Instant monday = irkutsk("2026-04-06T10:00");
        appeals.appeal(c2, t2).registered(monday, 10).answered(irkutsk("2026-04-07T12:00")).rated(5).insert();
        appeals.appeal(c2, t2).registered(monday, 10).answered(irkutsk("2026-04-08T12:00")).rated(4).insert();
        appeals.appeal(c2, t2).registered(monday, 10).answered(irkutsk("2026-04-10T12:00")).rated(4).reopened().insert();
        appeals.appeal(c2, t2).registered(monday, 10).answered(irkutsk("2026-04-15T12:00")).rated(2).insert();

        // C1, T1 (3 working days): registered Thursday 5 March; 6, 10 and 11 March are the three working days, so the
        // deadline ends at midnight after 11 March (16:00 UTC), the holiday and the day off moved from it skipped
        Instant thursday = irkutsk("2026-03-05T10:00");
        appeals.appeal(c1, t1).registered(thursday, 3).answered(irkutsk("2026-03-11T23:30")).insert();
        appeals.appeal(c1, t1).registered(thursday, 3).answered(irkutsk("2026-03-12T09:00")).insert();
        appeals.appeal(c1, t1).registered(thursday, 3).insert();
        appeals.appeal(c1, t1).filed(thursday).rejected().insert();

        // R, potholes: the edges of days in Irkutsk (UTC+8)
        appeals.appeal(r, potholes).filed(Instant.parse("2026-03-01T17:30:00Z")).insert(); // 2 March, 01:30
        appeals.appeal(r, potholes).filed(Instant.parse("2026-02-28T17:30:00Z")).insert(); // 1 March, 01:30
        appeals.appeal(r, potholes).filed(Instant.parse("2026-02-28T15:30:00Z")).insert(); // 28 February, 23:30
        // registered on Friday 6 March 01:30 (Thursday in UTC), answered Tuesday 10 March: one working day (10 March),
        // where the UTC days would count two (6 and 10 March)
        appeals.appeal(r, potholes).registered(Instant.parse("2026-03-05T17:30:00Z"), 10)
                .answered(Instant.parse("2026-03-10T02:00:00Z")).insert();

        // X: outside the tree
        appeals.appeal(x, t1).registered(thursday, 3).answered(irkutsk("2026-03-06T10:00")).insert();
        tree = new Tree(r, c1, c2, x, t, t1, t2, potholes);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwoAndP90Interpolates() {
        JsonPath total = stats("from=2026-04-01&to=2026-04-30&organisation=" + tree.c2());
        assertEquals(4, total.getInt("groups[0].received"));
        assertEquals(4, total.getInt("groups[0].answeredOnTime"));
        assertEquals(100.0, total.getDouble("groups[0].answeredOnTimePercent"));
        // days 1, 2, 4, 7: median (2 + 4) / 2; the 90th percentile 4 + 0.7 × (7 - 4)
        assertEquals(3.0, total.getDouble("groups[0].medianAnswerDays"));
        assertEquals(6.1, total.getDouble("groups[0].p90AnswerDays"), 1e-9);
        assertEquals(3.75, total.getDouble("groups[0].meanRating"), 1e-9);
        assertEquals(4, total.getInt("groups[0].ratings"));
        assertEquals(1, total.getInt("groups[0].reopened"));
    }

    @Test
    void anAnswerOnTheLastDayOfADeadlineStretchedByTheMarchHolidaysIsOnTimeAndTheNextDayLate() {
        JsonPath total = stats("from=2026-03-01&to=2026-03-31&organisation=" + tree.c1());
        assertEquals(4, total.getInt("groups[0].received"));
        assertEquals(3, total.getInt("groups[0].registered"));
        assertEquals(1, total.getInt("groups[0].rejected"));
        assertEquals(2, total.getInt("groups[0].answered"));
        assertEquals(1, total.getInt("groups[0].answeredOnTime"));
        assertEquals(1, total.getInt("groups[0].overdueNow"));
        // on time out of the answered and the overdue: 1 of 3
        assertEquals(33.3, total.getDouble("groups[0].answeredOnTimePercent"), 1e-9);
        // 3 and 4 working days: 8 and 9 March are not counted
        assertEquals(3.5, total.getDouble("groups[0].medianAnswerDays"), 1e-9);
        assertEquals(3.9, total.getDouble("groups[0].p90AnswerDays"), 1e-9);
        assertNull(total.get("groups[0].meanRating"));
        assertEquals(0, total.getInt("groups[0].ratings"));
    }

    @Test
    void anAppealAtHalfPastFivePmUtcCountsOnTheNextDayInIrkutsk() {
        assertEquals(1, stats("from=2026-03-02&to=2026-03-02&organisation=" + tree.r()).getInt("groups[0].received"));
        assertEquals(1, stats("from=2026-03-01&to=2026-03-01&organisation=" + tree.r()).getInt("groups[0].received"));
        JsonPath months = stats("from=2026-02-01&to=2026-03-31&groupBy=month&organisation=" + tree.r());
        assertEquals(List.of("2026-02", "2026-03"), months.getList("groups.collect { it.key[0].value }"));
        assertEquals(List.of(1, 3), months.getList("groups.received"));
        // registered on Friday 6 March in Irkutsk, answered on Tuesday 10 March: one working day
        assertEquals(1.0, months.getDouble("groups[1].medianAnswerDays"));
    }

    @Test
    void anOrganisationFilterTakesItsSubtreeOnlyWhenAsked() {
        String period = "from=2026-02-01&to=2026-04-30";
        assertEquals(4, stats(period + "&organisation=" + tree.r()).getInt("groups[0].received"));
        assertEquals(12, stats(period + "&subtree=true&organisation=" + tree.r()).getInt("groups[0].received"));
        assertEquals(8, stats(period + "&subtree=true&organisation=" + tree.c1()).getInt("groups[0].received"));
        assertEquals(4, stats(period + "&subtree=false&organisation=" + tree.c1()).getInt("groups[0].received"));
    }

    @Test
    void aCategoryFilterTakesItsSubtreeAndTopicsGroupTheirSubcategories() {
        String scope = "from=2026-02-01&to=2026-04-30&subtree=true&organisation=" + tree.r();
        assertEquals(8, stats(scope + "&category=" + tree.t()).getInt("groups[0].received"));
        assertEquals(4, stats(scope + "&category=" + tree.t1()).getInt("groups[0].received"));
        JsonPath topics = stats(scope + "&groupBy=topCategory");
        Map<String, Integer> byTopic = Map.of(
                topics.getString("groups[0].key[0].value"), topics.getInt("groups[0].received"),
                topics.getString("groups[1].key[0].value"), topics.getInt("groups[1].received"));
        assertEquals(Map.of(Long.toString(tree.t()), 8, Long.toString(Directory.categoryId("roads")), 4), byTopic);
        assertEquals(2, topics.getList("groups").size());
        JsonPath categories = stats(scope + "&groupBy=category");
        assertEquals(List.of(4, 4, 4), categories.getList("groups.received"));
        assertEquals("Ямы на дорогах", categories.getString("groups.find { it.key[0].value == '" + tree.potholes()
                + "' }.key[0].label"));
    }

    @Test
    void twoDimensionsGroupByBoth() {
        JsonPath groups = stats("from=2026-02-01&to=2026-04-30&subtree=true&groupBy=organisation,month&organisation=" + tree.r());
        assertEquals(List.of("organisation", "month"), groups.getList("groupBy"));
        assertEquals(List.of(
                List.of(Long.toString(tree.r()), "2026-02"), List.of(Long.toString(tree.r()), "2026-03"),
                List.of(Long.toString(tree.c1()), "2026-03"), List.of(Long.toString(tree.c2()), "2026-04")),
                groups.getList("groups.collect { it.key.value }"));
        assertEquals(List.of(1, 3, 4, 4), groups.getList("groups.received"));
        assertEquals("Статистика C1", groups.getString("groups[2].key[0].label"));
        assertNull(groups.get("groups[0].key[1].label"));
    }

    @Test
    void channelPriorityAndOktmoNarrowTheCount() {
        String scope = "from=2026-02-01&to=2026-04-30&subtree=true&organisation=" + tree.r();
        assertEquals(12, stats(scope + "&channel=PORTAL").getInt("groups[0].received"));
        assertEquals(0, stats(scope + "&channel=MFC").getInt("groups[0].received"));
        assertEquals(0, stats(scope + "&priority=true").getInt("groups[0].received"));
        assertEquals(12, stats(scope + "&oktmo=25701").getInt("groups[0].received"));
        assertEquals(0, stats(scope + "&oktmo=25703").getInt("groups[0].received"));
    }

    private static JsonPath stats(String query) {
        return given().auth().oauth2(Tokens.moderator())
                .when().get("/api/v1/stats/appeals?" + query)
                .then().statusCode(200)
                .extract().jsonPath().using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }
}
