package ru.otklik.shared.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.otklik.testsupport.Parallel.inParallel;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Directory;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Tokens;

/**
 * The category tree and directory entries are kept in each instance (README "Performance"); an administrator's change
 * made through this instance is seen by every reader at once, while others read concurrently.
 */
@QuarkusTest
class KeptReferenceDataTest {

    @Test
    void aRenamedCategoryIsSeenAtOnceByEveryReader() throws Exception {
        String code = "test.kept-" + Numbers.oid();
        long roads = Directory.categoryId("roads");
        long id = Directory.createCategory(code, roads, 10);
        given().get("/api/v1/categories/" + id).then().statusCode(200).body("name", equalTo("Тестовая категория " + code));
        given().get("/api/v1/categories").then().statusCode(200);

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Переименованная " + code, "parentId", roads, "deadlineDays", 12))
                .when().put("/api/v1/categories/" + id).then().statusCode(200);

        for (Response response : inParallel(8, () -> given().get("/api/v1/categories/" + id))) {
            assertEquals(200, response.statusCode());
            assertEquals("Переименованная " + code, response.jsonPath().getString("name"));
            assertEquals(12, response.jsonPath().getInt("deadlineDays"));
        }
        given().get("/api/v1/categories").then().statusCode(200)
                .body("items.find { it.code == 'roads' }.children.name", hasItem("Переименованная " + code));
    }

    @Test
    void aDeletedCategoryIsGoneAtOnceFromTheTreeAndFromRouting() {
        String code = "test.kept-gone-" + Numbers.oid();
        long id = Directory.createCategory(code, Directory.categoryId("roads"), 10);
        given().queryParam("category", id).queryParam("oktmo", "25701000001").get("/api/v1/routing")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.admin()).delete("/api/v1/categories/" + id).then().statusCode(204);
        given().get("/api/v1/categories/" + id).then().statusCode(404);
        given().get("/api/v1/categories").then().statusCode(200)
                .body("items.find { it.code == 'roads' }.children.code", not(hasItem(code)));
        given().queryParam("category", id).queryParam("oktmo", "25701000001").get("/api/v1/routing")
                .then().statusCode(404);
    }

    @Test
    void aRenamedOrganisationIsSeenAtOnceInItsCardAndOnItsAppeals() {
        Fixture fixture = new Fixture();
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        Map<String, Object> body = Appeals.pothole("Яма у остановки, проверка справочника " + Numbers.oid());
        body.put("categoryId", fixture.category);
        long appeal = Appeals.file(citizen, body).statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(citizen).get("/api/v1/appeals/" + appeal)
                .then().statusCode(200).body("organisation.name", equalTo(fixture.organisation.get("shortName")));

        fixture.organisation.put("shortName", "Новое имя " + Numbers.oid());
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(fixture.organisation)
                .when().put("/api/v1/organisations/" + fixture.organisationId).then().statusCode(200);

        given().auth().oauth2(citizen).get("/api/v1/appeals/" + appeal)
                .then().statusCode(200).body("organisation.name", equalTo(fixture.organisation.get("shortName")));
        given().get("/api/v1/organisations/" + fixture.organisationId)
                .then().statusCode(200).body("shortName", equalTo(fixture.organisation.get("shortName")));
    }

    @Test
    void aDisconnectedOrganisationIsNoLongerRoutedToAtOnce() {
        Fixture fixture = new Fixture();
        given().queryParam("category", fixture.category).queryParam("oktmo", "25701000001").get("/api/v1/routing")
                .then().statusCode(200).body("organisation.id", equalTo((int) fixture.organisationId));

        fixture.organisation.put("connected", false);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(fixture.organisation)
                .when().put("/api/v1/organisations/" + fixture.organisationId).then().statusCode(200);

        given().queryParam("category", fixture.category).queryParam("oktmo", "25701000001").get("/api/v1/routing")
                .then().statusCode(200).body("organisation.id", not(equalTo((int) fixture.organisationId)));
    }

    /** A subcategory of roads routed in Irkutsk to an organisation of its own. */
    private static final class Fixture {
        final long category = Directory.createCategory("test.kept-route-" + Numbers.oid(), Directory.categoryId("roads"), 10);
        final Map<String, Object> organisation = Directory.organisation("Учреждение " + Numbers.oid(), "25701000001");
        final long organisationId = Directory.create(organisation);

        Fixture() {
            Directory.createRule(category, "25701", organisationId);
        }
    }

}
