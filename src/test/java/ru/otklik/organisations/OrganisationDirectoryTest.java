package ru.otklik.organisations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import ru.otklik.testsupport.Directory;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Tokens;

@QuarkusTest
class OrganisationDirectoryTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void adminCreatesAnOrganisationAndGetsItsLocation() {
        Map<String, Object> body = Directory.organisation("Поликлиника № 77", "25701000001");
        body.put("categoryIds", List.of(Directory.categoryId("healthcare")));
        String location = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/organisations")
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("shortName", equalTo("Поликлиника № 77"))
                .body("inn", equalTo(body.get("inn")))
                .body("active", equalTo(true))
                .body("widgets", hasItem("REPORT_PROBLEM"))
                .body("contacts.email", equalTo("info@example.org"))
                .body("categoryIds", hasSize(1))
                .extract().header("Location");
        given().when().get(location).then().statusCode(200).body("shortName", equalTo("Поликлиника № 77"));
    }

    @Test
    void onlyAdminsWriteTheDirectory() {
        Map<String, Object> body = Directory.organisation("Школа ролей", "25701000001");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/organisations")
                .then().statusCode(401).contentType(PROBLEM);
        for (String token : List.of(Tokens.trustedCitizen("1000600001"), Tokens.official("1000600002", "1000038001"),
                Tokens.orgAdmin("1000600003", "1000038001"), Tokens.moderator(), Tokens.operator())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/organisations")
                    .then().statusCode(403).contentType(PROBLEM)
                    .body("type", equalTo("https://otklik.ru/problems/forbidden"));
        }
        long id = Directory.create(body);
        for (String token : List.of(Tokens.trustedCitizen("1000600001"), Tokens.moderator())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().put("/api/v1/organisations/" + id)
                    .then().statusCode(403);
            given().auth().oauth2(token).when().delete("/api/v1/organisations/" + id).then().statusCode(403);
        }
        given().when().delete("/api/v1/organisations/" + id).then().statusCode(401);
        given().when().get("/api/v1/organisations/" + id).then().statusCode(200).body("active", equalTo(true));
    }

    @Test
    void badRegistryNumbersAndContactsAreRefusedNamingEachFieldAndNothingIsStored() {
        Map<String, Object> body = Directory.organisation("Неверная организация", "2570100");
        body.put("inn", Numbers.badInn());
        body.put("ogrn", Numbers.badOgrn());
        body.put("contacts", Map.of("email", "not-an-email", "phone", "8-800", "website", "ftp://x"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/organisations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://otklik.ru/problems/validation"))
                .body("errors.field", equalTo(List.of("contacts.email", "contacts.phone", "contacts.website", "inn", "ogrn", "oktmo")))
                .body("errors.find { it.field == 'inn' }.message", containsString("ИНН"));
        given().queryParam("q", "Неверная организация").when().get("/api/v1/organisations")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void validationMessagesFollowAcceptLanguage() {
        Map<String, Object> body = Directory.organisation("English", "25701000001");
        body.put("inn", "123");
        given().auth().oauth2(Tokens.admin()).header("Accept-Language", "en").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/organisations")
                .then().statusCode(400)
                .body("title", equalTo("Invalid request"))
                .body("errors[0].field", equalTo("inn"))
                .body("errors[0].message", containsString("INN"));
    }

    @Test
    void twelveDigitInnAndFifteenDigitOgrnipAreAccepted() {
        Map<String, Object> body = Directory.organisation("ИП Тестов", "25701000001");
        body.put("inn", "500100732259");
        body.put("ogrn", "304500116000157");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/organisations").then().statusCode(201);
    }

    @Test
    void duplicateInnOrOgrnIsAConflict() {
        Map<String, Object> first = Directory.organisation("Первая", "25701000001");
        Directory.create(first);
        Map<String, Object> sameInn = Directory.organisation("Вторая", "25701000001");
        sameInn.put("inn", first.get("inn"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(sameInn)
                .when().post("/api/v1/organisations")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://otklik.ru/problems/duplicate"))
                .body("errors[0].field", equalTo("inn"));
        Map<String, Object> sameOgrn = Directory.organisation("Третья", "25701000001");
        sameOgrn.put("ogrn", first.get("ogrn"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(sameOgrn)
                .when().post("/api/v1/organisations")
                .then().statusCode(409).body("errors[0].field", equalTo("ogrn"));
    }

    @Test
    void anOrganisationCannotBecomeItsOwnAncestor() {
        long top = Directory.create(Directory.organisation("Министерство циклов", "25000000"));
        Map<String, Object> middleBody = Directory.organisation("Департамент циклов", "25701000");
        middleBody.put("parentId", top);
        long middle = Directory.create(middleBody);
        Map<String, Object> bottomBody = Directory.organisation("Отдел циклов", "25701000001");
        bottomBody.put("parentId", middle);
        long bottom = Directory.create(bottomBody);

        Map<String, Object> topBody = Directory.organisation("Министерство циклов", "25000000");
        topBody.put("parentId", bottom);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(topBody)
                .when().put("/api/v1/organisations/" + top)
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        topBody.put("parentId", top);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(topBody)
                .when().put("/api/v1/organisations/" + top)
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        given().when().get("/api/v1/organisations/" + top).then().body("parentId", nullValue());
        given().when().get("/api/v1/organisations/" + top + "/children")
                .then().statusCode(200).body("items.id", equalTo(List.of((int) middle)));
    }

    @Test
    void unknownParentOrCategoryIsRefused() {
        Map<String, Object> body = Directory.organisation("Сирота", "25701000001");
        body.put("parentId", 987654321);
        body.put("categoryIds", List.of(987654321));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/organisations")
                .then().statusCode(400).body("errors.field", equalTo(List.of("categoryIds", "parentId")));
    }

    @Test
    void adminUpdatesAnOrganisation() {
        Map<String, Object> body = Directory.organisation("До переименования", "25701000001");
        long id = Directory.create(body);
        body.put("shortName", "После переименования");
        body.put("verified", false);
        body.put("categoryIds", List.of(Directory.categoryId("roads"), Directory.categoryId("landscaping")));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/organisations/" + id)
                .then().statusCode(200)
                .body("shortName", equalTo("После переименования"))
                .body("verified", equalTo(false))
                .body("categoryIds", hasSize(2))
                .body("version", equalTo(1));
    }

    @Test
    void unknownOrganisationIsANotFoundProblem() {
        given().when().get("/api/v1/organisations/987654321")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://otklik.ru/problems/not-found"))
                .body("detail", containsString("987654321"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Directory.organisation("X", "25701000001"))
                .when().put("/api/v1/organisations/987654321").then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).when().delete("/api/v1/organisations/987654321").then().statusCode(404);
        given().when().get("/api/v1/organisations/987654321/children").then().statusCode(404);
    }

    @Test
    void anOrganisationWithoutHistoryIsErased() {
        long id = Directory.create(Directory.organisation("Временная", "25701000001"));
        given().auth().oauth2(Tokens.admin()).when().delete("/api/v1/organisations/" + id).then().statusCode(204);
        given().when().get("/api/v1/organisations/" + id).then().statusCode(404);
    }

    @Test
    void anOrganisationWithHistoryIsDeactivatedNotErased() {
        String prefix = Numbers.oktmoPrefix();
        long id = Directory.create(Directory.organisation("С историей", prefix + "000"));
        Directory.createRule(Directory.categoryId("ecology"), prefix, id);
        given().auth().oauth2(Tokens.admin()).when().delete("/api/v1/organisations/" + id).then().statusCode(204);
        given().when().get("/api/v1/organisations/" + id).then().statusCode(200).body("active", equalTo(false));
        given().queryParam("oktmo", prefix).when().get("/api/v1/organisations")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void searchUnderstandsRussianMorphologyAndPrefixes() {
        given().queryParam("q", "больница").when().get("/api/v1/organisations")
                .then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.greaterThan(3))
                .body("items.shortName", hasItem(containsString("больниц")));
        // plural form and a prefix as the user types
        List<String> plural = given().queryParam("q", "больницы").queryParam("limit", 100).when().get("/api/v1/organisations")
                .then().statusCode(200).extract().jsonPath().getList("items.fullName");
        List<String> typed = given().queryParam("q", "больн").queryParam("limit", 100).when().get("/api/v1/organisations")
                .then().statusCode(200).extract().jsonPath().getList("items.fullName");
        org.junit.jupiter.api.Assertions.assertTrue(plural.stream().anyMatch(name -> name.contains("больница ")),
                "«больницы» finds «больница»: " + plural);
        org.junit.jupiter.api.Assertions.assertTrue(typed.containsAll(plural), "a prefix finds at least what the word finds");
        given().queryParam("q", "городская больница").when().get("/api/v1/organisations")
                .then().statusCode(200).body("items.fullName", everyItem(containsString("ородск")));
    }

    @Test
    void searchFindsByInnAndOgrnExactly() {
        Map<String, Object> body = Directory.organisation("Найди меня по номеру", "25701000001");
        long id = Directory.create(body);
        given().queryParam("q", body.get("inn")).when().get("/api/v1/organisations")
                .then().statusCode(200).body("items[0].id", equalTo((int) id));
        given().queryParam("q", body.get("ogrn")).when().get("/api/v1/organisations")
                .then().statusCode(200).body("items.id", equalTo(List.of((int) id)));
    }

    @Test
    void oktmoPrefixFindsEverythingInTheMunicipality() {
        List<String> codes = given().queryParam("oktmo", "25701").queryParam("limit", 100).when().get("/api/v1/organisations")
                .then().statusCode(200).extract().jsonPath().getList("items.oktmo");
        org.junit.jupiter.api.Assertions.assertFalse(codes.isEmpty());
        codes.forEach(code -> org.junit.jupiter.api.Assertions.assertTrue(code.startsWith("25701"), code));
        given().queryParam("oktmo", "25703").when().get("/api/v1/organisations")
                .then().statusCode(200).body("items.oktmo", everyItem(startsWith("25703")));
    }

    @Test
    void filtersCombine() {
        given().queryParam("kind", "LOCAL_GOVERNMENT").queryParam("verified", true).queryParam("limit", 100)
                .when().get("/api/v1/organisations")
                .then().statusCode(200)
                .body("items.kind", everyItem(equalTo("LOCAL_GOVERNMENT")))
                .body("items.verified", everyItem(equalTo(true)))
                .body("items.shortName", hasItem("Администрация г. Иркутска"));
        long healthcare = Directory.categoryId("healthcare");
        long appointment = Directory.categoryId("healthcare.doctor-appointment");
        List<Integer> byParentCategory = given().queryParam("category", healthcare).queryParam("limit", 100)
                .when().get("/api/v1/organisations").then().statusCode(200).extract().jsonPath().getList("items.id");
        List<Integer> bySubcategory = given().queryParam("category", appointment).queryParam("limit", 100)
                .when().get("/api/v1/organisations").then().statusCode(200).extract().jsonPath().getList("items.id");
        org.junit.jupiter.api.Assertions.assertFalse(byParentCategory.isEmpty());
        org.junit.jupiter.api.Assertions.assertTrue(bySubcategory.containsAll(byParentCategory),
                "whoever handles Здравоохранение handles Запись к врачу");
    }

    @Test
    void badFiltersAreRefused() {
        given().queryParam("kind", "PIRATES").when().get("/api/v1/organisations")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("kind"));
        given().queryParam("oktmo", "25x").when().get("/api/v1/organisations")
                .then().statusCode(400).body("errors[0].field", equalTo("oktmo"));
        given().queryParam("limit", 0).when().get("/api/v1/organisations")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", 101).when().get("/api/v1/organisations")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("cursor", "garbage!").when().get("/api/v1/organisations")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().queryParam("category", "abc").when().get("/api/v1/organisations")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aCursorOfOneOrderingIsRefusedByAnother() {
        String byName = given().queryParam("limit", 1).when().get("/api/v1/organisations")
                .then().statusCode(200).extract().jsonPath().getString("nextCursor");
        given().queryParam("q", "больница").queryParam("cursor", byName).when().get("/api/v1/organisations")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void relevancePagesWalkTheWholeResult() {
        List<Integer> all = given().queryParam("q", "больница").queryParam("limit", 100).when().get("/api/v1/organisations")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        List<Integer> walked = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("q", "больница").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/api/v1/organisations").then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(all, walked);
    }

    @Test
    void listsShowOnlyActiveOrganisations() {
        given().queryParam("limit", 100).when().get("/api/v1/organisations")
                .then().statusCode(200).body("items.active", not(hasItem(false)));
    }
}
