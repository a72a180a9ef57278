package ru.otklik.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.otklik.testsupport.StatsFixtures.irkutsk;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.vertx.mutiny.sqlclient.Pool;
import ru.otklik.appeals.service.AppealRules;
import ru.otklik.calendar.WorkingCalendar;
import ru.otklik.testsupport.Directory;
import ru.otklik.testsupport.StatsFixtures;

/**
 * The yearly summary is region-wide, so this test owns a whole year: 2024, which no other test files appeals in
 * (filing stamps today; the plan tests roll their rows back). Ten appeals: five of a topic of its own, three potholes
 * (roads), two priority appeals of servicemen, one answered on time and one late.
 */
@QuarkusTest
class AppealYearSummaryTest {

    private static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    @Inject
    Pool pool;

    @Inject
    AppealRules rules;

    @Inject
    WorkingCalendar calendar;

    @Test
    void theSummaryReadsLikeTheAnnualReport() {
        long organisation = StatsFixtures.organisation("Сводка", null, null);
        long topic = StatsFixtures.category("summary-topic", null, 10);
        long potholes = Directory.categoryId("roads.potholes");
        long payments = Directory.categoryId("svo-support.payments");
        StatsFixtures appeals = new StatsFixtures(pool, rules, calendar.calendar().await().indefinitely());
        for (int i = 0; i < 5; i++) {
            appeals.appeal(organisation, topic).filed(irkutsk("2024-0" + (i + 1) + "-15T10:00")).channel(i < 3 ? "PORTAL" : "MOBILE").insert();
        }
        for (int i = 0; i < 3; i++) {
            appeals.appeal(organisation, potholes).filed(irkutsk("2024-07-0" + (i + 1) + "T10:00")).insert();
        }
        // 5 working days from Monday 10 June 2024: 11, 13, 14, 17, 18 (12 June is a holiday): due 18 June
        appeals.appeal(organisation, payments).priority().channel("MOBILE")
                .registered(irkutsk("2024-06-10T10:00"), 5).answered(irkutsk("2024-06-14T10:00")).insert();
        appeals.appeal(organisation, payments).priority().channel("MOBILE")
                .registered(irkutsk("2024-06-10T10:00"), 5).answered(irkutsk("2024-06-19T10:00")).insert();

        given().config(DECIMALS).when().get("/api/v1/stats/appeals/summary?year=2024")
                .then().statusCode(200)
                .body("year", equalTo(2024))
                .body("total", equalTo(10))
                .body("answered", equalTo(2))
                .body("answeredOnTime", equalTo(1))
                .body("answeredOnTimePercent", equalTo(50.0))
                // 3 and 6 working days
                .body("medianAnswerDays", equalTo(4.5))
                .body("topics.categoryId", equalTo(List.of((int) topic, (int) Directory.categoryId("roads"),
                        (int) Directory.categoryId("svo-support"))))
                .body("topics.appeals", equalTo(List.of(5, 3, 2)))
                .body("topics.sharePercent", equalTo(List.of(50.0, 30.0, 20.0)))
                .body("topics[1].code", equalTo("roads"))
                .body("topics[1].name", equalTo("Ремонт дорог"))
                .body("priority.appeals", equalTo(2))
                .body("priority.sharePercent", equalTo(20.0))
                .body("priority.answeredOnTime", equalTo(1))
                .body("priority.answeredOnTimePercent", equalTo(50.0))
                .body("channels.channel", equalTo(List.of("PORTAL", "MOBILE", "WIDGET", "CONTACT_CENTER", "MFC", "OPEN311")))
                .body("channels.appeals", equalTo(List.of(6, 4, 0, 0, 0, 0)))
                .body("channels.sharePercent", equalTo(List.of(60.0, 40.0, 0.0, 0.0, 0.0, 0.0)));
    }

    @Test
    void aYearsSummaryIsKeptForAMinuteAndMayBeCachedByAnyone() {
        long organisation = StatsFixtures.organisation("Сводка на минуту", null, null);
        long topic = StatsFixtures.category("summary-kept", null, 10);
        StatsFixtures appeals = new StatsFixtures(pool, rules, calendar.calendar().await().indefinitely());
        appeals.appeal(organisation, topic).filed(irkutsk("2023-03-15T10:00")).insert();
        io.restassured.response.Response first = given().when().get("/api/v1/stats/appeals/summary?year=2023");
        assertEquals(200, first.statusCode());
        assertTrue(first.header("Cache-Control").contains("public"), first.header("Cache-Control"));
        int total = first.path("total");

        // a year of appeals is one heavy statement: an appeal filed now shows in the summary within the keeping time
        appeals.appeal(organisation, topic).filed(irkutsk("2023-04-15T10:00")).insert();
        given().when().get("/api/v1/stats/appeals/summary?year=2023").then().statusCode(200).body("total", equalTo(total));
        given().header("If-None-Match", first.header("ETag")).when().get("/api/v1/stats/appeals/summary?year=2023")
                .then().statusCode(304);
    }

    @Test
    void aYearWithoutAppealsIsAllZeros() {
        given().when().get("/api/v1/stats/appeals/summary?year=2001")
                .then().statusCode(200)
                .body("total", equalTo(0))
                .body("topics.size()", equalTo(0))
                .body("priority.appeals", equalTo(0))
                .body("answeredOnTimePercent", equalTo(null))
                .body("channels.size()", equalTo(6));
    }
}
