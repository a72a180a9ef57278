package ru.otklik.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.otklik.testsupport.StatsFixtures.irkutsk;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import ru.otklik.appeals.service.AppealRules;
import ru.otklik.calendar.WorkingCalendar;
import ru.otklik.testsupport.Directory;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.StatsFixtures;
import ru.otklik.testsupport.Tokens;

/**
 * Who sees which figures, and the spreadsheet. This test's own organisations: P (5 appeals in March 2026: two answered
 * on time, one overdue, two not registered; one of the five by MFC) with Q under it (2 appeals), and Z beside them
 * (1 appeal).
 */
@QuarkusTest
class AppealStatsAccessTest {

    private static final String MARCH = "from=2026-03-01&to=2026-03-31";
    private static Orgs orgs;

    record Orgs(long p, String pOid, long q, String qOid, long z) {
    }

    @Inject
    Pool pool;

    @Inject
    AppealRules rules;

    @Inject
    WorkingCalendar calendar;

    @BeforeEach
    void fixtures() {
        if (orgs != null) {
            return;
        }
        String pOid = Numbers.oid();
        String qOid = Numbers.oid();
        long p = StatsFixtures.organisation("Доступ P", null, pOid);
        long q = StatsFixtures.organisation("Доступ Q", p, qOid);
        long z = StatsFixtures.organisation("Доступ Z", null, null);
        long potholes = Directory.categoryId("roads.potholes");
        StatsFixtures appeals = new StatsFixtures(pool, rules, calendar.calendar().await().indefinitely());
        appeals.appeal(p, potholes).registered(irkutsk("2026-03-02T10:00"), 10).answered(irkutsk("2026-03-03T10:00")).insert();
        appeals.appeal(p, potholes).registered(irkutsk("2026-03-02T10:00"), 10).answered(irkutsk("2026-03-04T10:00")).insert();
        appeals.appeal(p, potholes).registered(irkutsk("2026-03-02T10:00"), 10).insert();
        appeals.appeal(p, potholes).filed(irkutsk("2026-03-02T10:00")).insert();
        appeals.appeal(p, potholes).filed(irkutsk("2026-03-02T10:00")).channel("MFC").insert();
        appeals.appeal(q, potholes).filed(irkutsk("2026-03-03T10:00")).insert();
        appeals.appeal(q, potholes).filed(irkutsk("2026-03-04T10:00")).insert();
        appeals.appeal(z, potholes).filed(irkutsk("2026-03-04T10:00")).insert();
        orgs = new Orgs(p, pOid, q, qOid, z);
    }

    @Test
    void anyoneGetsPublicFiguresWithSmallGroupsOfASingleOrganisationSuppressed() {
        stats(given(), MARCH + "&subtree=true&groupBy=organisation&organisation=" + orgs.p())
                .body("access", equalTo("PUBLIC"))
                .body("suppressedGroups", equalTo(1))
                .body("groups[0].key[0].value", equalTo(Long.toString(orgs.p())))
                .body("groups[0].suppressed", equalTo(false))
                .body("groups[0].received", equalTo(5))
                .body("groups[1].key[0].value", equalTo(Long.toString(orgs.q())))
                .body("groups[1].key[0].label", equalTo("Доступ Q"))
                .body("groups[1].suppressed", equalTo(true))
                .body("groups[1].received", nullValue())
                .body("groups[1].answeredOnTimePercent", nullValue())
                .body("groups[1].meanRating", nullValue());
    }

    @Test
    void aFilterToOneOrganisationPinsItAndItsSmallTotalIsSuppressed() {
        stats(given(), MARCH + "&organisation=" + orgs.q())
                .body("suppressedGroups", equalTo(1))
                .body("groups[0].suppressed", equalTo(true))
                .body("groups[0].received", nullValue());
        // the same organisation with its subtree is one organisation too (Q has no subordinates)
        stats(given(), MARCH + "&subtree=true&organisation=" + orgs.q()).body("groups[0].suppressed", equalTo(true));
    }

    @Test
    void smallGroupsAcrossSeveralOrganisationsAreShown() {
        stats(given(), MARCH + "&subtree=true&groupBy=channel&organisation=" + orgs.p())
                .body("suppressedGroups", equalTo(0))
                .body("groups.find { it.key[0].value == 'MFC' }.received", equalTo(1))
                .body("groups.find { it.key[0].value == 'PORTAL' }.received", equalTo(6));
    }

    @Test
    void aCitizenGetsThePublicFiguresToo() {
        stats(given().auth().oauth2(Tokens.trustedCitizen(Numbers.oid())), MARCH + "&organisation=" + orgs.q())
                .body("access", equalTo("PUBLIC"))
                .body("groups[0].suppressed", equalTo(true));
    }

    @Test
    void anOfficialGetsTheFullFiguresOfTheirSubtreeByDefault() {
        stats(given().auth().oauth2(Tokens.official(Numbers.oid(), orgs.pOid())), MARCH + "&groupBy=organisation")
                .body("access", equalTo("OWN_ORGANISATIONS"))
                .body("suppressedGroups", equalTo(0))
                .body("groups.collect { it.key[0].value }", equalTo(List.of(Long.toString(orgs.p()), Long.toString(orgs.q()))))
                .body("groups.received", equalTo(List.of(5, 2)));
        stats(given().auth().oauth2(Tokens.orgAdmin(Numbers.oid(), orgs.qOid())), MARCH)
                .body("groups[0].suppressed", equalTo(false))
                .body("groups[0].received", equalTo(2));
    }

    @Test
    void anOfficialAskingAboutAnotherOrganisationIsForbidden() {
        given().auth().oauth2(Tokens.official(Numbers.oid(), orgs.pOid()))
                .when().get("/api/v1/stats/appeals?" + MARCH + "&organisation=" + orgs.z())
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://otklik.ru/problems/forbidden"));
        // a subordinate organisation's official may not look up to its parent
        given().auth().oauth2(Tokens.official(Numbers.oid(), orgs.qOid()))
                .when().get("/api/v1/stats/appeals?" + MARCH + "&subtree=true&organisation=" + orgs.p())
                .then().statusCode(403);
    }

    @Test
    void moderatorsAndAdministratorsSeeEverythingUnsuppressed() {
        for (String token : List.of(Tokens.moderator(), Tokens.admin())) {
            stats(given().auth().oauth2(token), MARCH + "&organisation=" + orgs.z())
                    .body("access", equalTo("EVERYTHING"))
                    .body("groups[0].suppressed", equalTo(false))
                    .body("groups[0].received", equalTo(1));
        }
    }

    @Test
    void csvIsUtf8WithBomAHeaderRowSemicolonsAndDecimalCommas() {
        byte[] body = given().auth().oauth2(Tokens.official(Numbers.oid(), orgs.pOid())).accept("text/csv")
                .when().get("/api/v1/stats/appeals?" + MARCH + "&groupBy=organisation")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"otklik-appeals-2026-03-01_2026-03-31.csv\""))
                .extract().asByteArray();
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(body, 3));
        List<String> lines = List.of(new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals(3, lines.size(), lines.toString());
        assertEquals("ID организации;Организация;Скрыто (малая группа);Поступило;Зарегистрировано;Отклонено;Дан ответ;"
                + "Ответ в срок;Ответ в срок, %;Просрочено сейчас;Медиана срока ответа, раб. дн.;"
                + "90-й перцентиль срока ответа, раб. дн.;Средняя оценка;Оценок;Повторное рассмотрение", lines.get(0));
        // 2 on time of 2 answered and 1 overdue; answers after 1 and 2 working days
        assertEquals(orgs.p() + ";Доступ P;нет;5;3;0;2;2;66,7;1;1,5;1,9;;0;0", lines.get(1));
        assertEquals(orgs.q() + ";Доступ Q;нет;2;0;0;0;0;;0;;;;0;0", lines.get(2));
    }

    @Test
    void csvInEnglishHasCommasAndDecimalPointsAndSuppressedRowsAreEmpty() {
        String body = new String(given().header("Accept-Language", "en").accept("text/csv")
                .when().get("/api/v1/stats/appeals?" + MARCH + "&subtree=true&groupBy=organisation&organisation=" + orgs.p())
                .then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = List.of(body.substring(1).split("\r\n"));
        assertEquals("organisation id,organisation,suppressed (small group),received,registered,rejected,answered,"
                + "answered on time,\"answered on time, %\",overdue now,\"median answer, working days\","
                + "\"90th percentile answer, working days\",mean rating,ratings,re-examined", lines.get(0));
        assertEquals(orgs.p() + ",Доступ P,no,5,3,0,2,2,66.7,1,1.5,1.9,,0,0", lines.get(1));
        assertEquals(orgs.q() + ",Доступ Q,yes,,,,,,,,,,,,", lines.get(2));
    }

    @Test
    void jsonIsTheDefault() {
        given().when().get("/api/v1/stats/appeals?" + MARCH + "&organisation=" + orgs.z())
                .then().statusCode(200).contentType(containsString("application/json"));
    }

    private static ValidatableResponse stats(RequestSpecification request, String query) {
        return request.when().get("/api/v1/stats/appeals?" + query).then().statusCode(200);
    }
}
