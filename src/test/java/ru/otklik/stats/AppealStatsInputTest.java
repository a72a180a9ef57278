package ru.otklik.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/** Every wrong parameter is a 400 problem naming its field, never a 5xx, whoever asks. */
@QuarkusTest
class AppealStatsInputTest {

    private static final String PERIOD = "from=2026-01-01&to=2026-03-31";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "to=2026-03-01|from",
            "from=2026-03-01|to",
            "from=2026-02-30&to=2026-03-31|from",
            "from=01.03.2026&to=2026-03-31|from",
            "from=2026-01-01&to=31.03.2026|to",
            "from=2026-03-02&to=2026-03-01|to",
            "from=2020-01-01&to=2025-01-01|to",
            PERIOD + "&groupBy=district|groupBy",
            PERIOD + "&groupBy=Month|groupBy",
            PERIOD + "&groupBy=month,week,status|groupBy",
            PERIOD + "&groupBy=month&groupBy=week&groupBy=channel|groupBy",
            PERIOD + "&groupBy=month,month|groupBy",
            PERIOD + "&channel=FAX|channel",
            PERIOD + "&channel=portal|channel",
            PERIOD + "&oktmo=25-70|oktmo",
            PERIOD + "&oktmo=2|oktmo",
            PERIOD + "&priority=yes|priority",
            PERIOD + "&subtree=true|subtree",
            PERIOD + "&subtree=maybe&organisation=1|subtree",
            PERIOD + "&organisation=0|organisation",
            PERIOD + "&organisation=987654321|organisation",
            PERIOD + "&category=-3|category",
            PERIOD + "&category=987654321|category",
    })
    void aWrongParameterIsNamed(String query, String field) {
        given().when().get("/api/v1/stats/appeals?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://otklik.ru/problems/validation"))
                .body("errors.field", hasItems(field));
    }

    @Test
    void everyWrongParameterIsNamedAtOnce() {
        given().header("Accept-Language", "en").accept("text/csv")
                .when().get("/api/v1/stats/appeals?from=yesterday&to=today&groupBy=everything")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("from", "to", "groupBy"))
                .body("errors.find { it.field == 'groupBy' }.message", equalTo("cannot group by everything; possible: "
                        + "category, topCategory, organisation, channel, status, month, week, oktmo, priority"));
    }

    @Test
    void fiveYearsToTheDayAreAccepted() {
        given().when().get("/api/v1/stats/appeals?from=2021-01-01&to=2025-12-31&groupBy=month")
                .then().statusCode(200).body("groupBy", equalTo(java.util.List.of("month")));
    }

    @ParameterizedTest
    @CsvSource({ "''", "year=1999", "year=2101" })
    void theSummaryNeedsASensibleYear(String query) {
        given().when().get("/api/v1/stats/appeals/summary" + (query.isEmpty() ? "" : "?" + query))
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void theSummaryIsJsonOnly() {
        given().accept("text/csv").when().get("/api/v1/stats/appeals/summary?year=2026")
                .then().statusCode(406).contentType("application/problem+json");
    }
}
