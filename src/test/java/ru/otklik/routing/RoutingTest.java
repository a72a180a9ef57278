package ru.otklik.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import ru.otklik.testsupport.Directory;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Tokens;

@QuarkusTest
class RoutingTest {

    @Test
    void aPotholeInIrkutskGoesToTheCityAdministration() {
        given().queryParam("category", Directory.categoryId("roads.potholes")).queryParam("oktmo", "25701000001")
                .when().get("/api/v1/routing")
                .then().statusCode(200)
                .body("organisation.shortName", equalTo("Администрация г. Иркутска"))
                .body("rule.oktmoPrefix", equalTo("25701000"));
    }

    @Test
    void theMostSpecificPrefixWinsAndASubcategoryFallsBackToItsParent() {
        String region = Numbers.oktmoPrefix();
        String city = region + "010";
        String suffix = Numbers.oid();
        long topic = Directory.createCategory("test.route-" + suffix, null, 10);
        long subtopic = Directory.createCategory("test.route-" + suffix + ".sub", topic, 5);
        long ministry = Directory.create(Directory.organisation("Министерство " + suffix, region + "000"));
        long cityHall = Directory.create(Directory.organisation("Мэрия " + suffix, city));
        long clinic = Directory.create(Directory.organisation("Клиника " + suffix, city + "001"));
        Directory.createRule(topic, region.substring(0, 2), ministry);
        Directory.createRule(topic, city, cityHall);

        assertRoute(topic, city + "001", cityHall);
        assertRoute(topic, region + "020", ministry);
        // no rule for the subtopic: it falls back to its parent's rules, most specific first
        assertRoute(subtopic, city + "001", cityHall);
        assertRoute(subtopic, region + "020", ministry);
        // the subtopic's own rule beats the parent's, even a broader one
        Directory.createRule(subtopic, region.substring(0, 2), clinic);
        assertRoute(subtopic, city + "001", clinic);
    }

    @Test
    void aRuleToADeactivatedOrganisationIsSkipped() {
        String region = Numbers.oktmoPrefix();
        String suffix = Numbers.oid();
        long topic = Directory.createCategory("test.skip-" + suffix, null, 10);
        long broad = Directory.create(Directory.organisation("Широкая " + suffix, region + "000"));
        long narrow = Directory.create(Directory.organisation("Узкая " + suffix, region + "000"));
        Directory.createRule(topic, region, broad);
        Directory.createRule(topic, region + "000", narrow);
        assertRoute(topic, region + "000", narrow);
        given().auth().oauth2(Tokens.admin()).when().delete("/api/v1/organisations/" + narrow).then().statusCode(204);
        assertRoute(topic, region + "000", broad);
    }

    @Test
    void nobodyHandlingItIsANoRouteProblem() {
        long topic = Directory.createCategory("test.orphan-" + Numbers.oid(), null, 10);
        given().queryParam("category", topic).queryParam("oktmo", "25701000")
                .when().get("/api/v1/routing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://otklik.ru/problems/no-route"));
        given().queryParam("category", 987654321).queryParam("oktmo", "25701000")
                .when().get("/api/v1/routing")
                .then().statusCode(404).body("type", equalTo("https://otklik.ru/problems/not-found"));
    }

    @Test
    void routingNeedsACategoryAndAFullOktmo() {
        given().queryParam("oktmo", "257").when().get("/api/v1/routing")
                .then().statusCode(400).body("errors.field", equalTo(List.of("category", "oktmo")));
    }

    @Test
    void onlyAdminsManageRulesAndOneRulePerCategoryAndPrefix() {
        String prefix = Numbers.oktmoPrefix();
        long topic = Directory.createCategory("test.rules-" + Numbers.oid(), null, 10);
        long organisation = Directory.create(Directory.organisation("Правила " + prefix, prefix + "000"));
        Map<String, Object> rule = Map.of("categoryId", topic, "oktmoPrefix", prefix, "organisationId", organisation);
        given().auth().oauth2(Tokens.moderator()).contentType(ContentType.JSON).body(rule)
                .when().post("/api/v1/routing-rules").then().statusCode(403);
        given().auth().oauth2(Tokens.trustedCitizen("1000600100")).when().get("/api/v1/routing-rules").then().statusCode(403);
        given().when().get("/api/v1/routing-rules").then().statusCode(401);
        long id = Directory.createRule(topic, prefix, organisation);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(rule)
                .when().post("/api/v1/routing-rules").then().statusCode(409).body("errors[0].field", equalTo("oktmoPrefix"));
        given().auth().oauth2(Tokens.admin()).queryParam("category", topic).when().get("/api/v1/routing-rules")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo((int) id));
        given().auth().oauth2(Tokens.admin()).when().delete("/api/v1/routing-rules/" + id).then().statusCode(204);
        given().auth().oauth2(Tokens.admin()).when().delete("/api/v1/routing-rules/" + id).then().statusCode(404);
    }

    @Test
    void aRuleNeedsAKnownCategoryAndAConnectedOrganisation() {
        Map<String, Object> body = Directory.organisation("Не подключена " + Numbers.oid(), "25701000001");
        body.put("connected", false);
        long offline = Directory.create(body);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("categoryId", 987654321, "oktmoPrefix", "25", "organisationId", offline))
                .when().post("/api/v1/routing-rules")
                .then().statusCode(400).body("errors.field", equalTo(List.of("categoryId", "organisationId")));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("categoryId", Directory.categoryId("roads"), "oktmoPrefix", "25x", "organisationId", offline))
                .when().post("/api/v1/routing-rules")
                .then().statusCode(400).body("errors[0].field", equalTo("oktmoPrefix"));
    }

    @Test
    void pagesOfRulesWalkInCreationOrder() {
        String prefix = Numbers.oktmoPrefix();
        long organisation = Directory.create(Directory.organisation("Много правил " + prefix, prefix + "000"));
        List<Long> created = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(Directory.createRule(Directory.createCategory("test.page-" + Numbers.oid(), null, 10), prefix, organisation));
        }
        List<Long> walked = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(Tokens.admin()).queryParam("organisation", organisation).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/api/v1/routing-rules").then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items.id", Long.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        org.junit.jupiter.api.Assertions.assertEquals(created, walked);
    }

    private static void assertRoute(long category, String oktmo, long organisation) {
        given().queryParam("category", category).queryParam("oktmo", oktmo)
                .when().get("/api/v1/routing")
                .then().statusCode(200)
                .body("organisation.id", equalTo((int) organisation));
    }
}
