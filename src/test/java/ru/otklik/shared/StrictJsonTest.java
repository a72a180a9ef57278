package ru.otklik.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import ru.otklik.testsupport.Directory;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Tokens;

/** Bodies are read as the OpenAPI document describes them: a wrong shape is a 400 naming the field, never coerced. */
@QuarkusTest
class StrictJsonTest {

    private static final String VALIDATION = "https://otklik.ru/problems/validation";
    private static final String MALFORMED = "https://otklik.ru/problems/malformed-body";

    @Test
    void aNumberIsNotAStringNorAStringANumber() {
        post(Tokens.admin(), "/api/v1/categories",
                "{\"code\": 0, \"name\": \"Тест\", \"deadlineDays\": 10, \"priority\": false}")
                .body("type", equalTo(VALIDATION)).body("errors.field", hasItem("code"));
        post(Tokens.trustedCitizen(Numbers.oid()), "/api/v1/appeals", appeal("\"" + Directory.categoryId("roads.potholes") + "\"", "\"MOBILE\""))
                .body("type", equalTo(VALIDATION)).body("errors.field", hasItem("categoryId"));
        post(Tokens.admin(), "/api/v1/categories",
                "{\"code\": \"strict-json\", \"name\": \"Тест\", \"deadlineDays\": 10, \"priority\": \"true\"}")
                .body("errors.field", hasItem("priority"));
        post(Tokens.admin(), "/api/v1/categories",
                "{\"code\": \"strict-json\", \"name\": \"Тест\", \"deadlineDays\": 10.5, \"priority\": false}")
                .body("errors.field", hasItem("deadlineDays"));
    }

    @Test
    void anEnumIsNamedNotNumbered() {
        post(Tokens.trustedCitizen(Numbers.oid()), "/api/v1/appeals", appeal(Long.toString(Directory.categoryId("roads.potholes")), "2"))
                .body("errors.field", hasItem("channel"));
    }

    @Test
    void anUnknownFieldIsNamed() {
        post(Tokens.admin(), "/api/v1/categories",
                "{\"code\": \"strict-json\", \"name\": \"Тест\", \"deadlineDays\": 10, \"priority\": false, \"colour\": \"red\"}")
                .body("errors.field", hasItem("colour"));
    }

    @Test
    void aFieldTwiceTrailingGarbageAndDeepNestingAreMalformed() {
        post(Tokens.admin(), "/api/v1/categories",
                "{\"code\": \"a\", \"code\": \"b\", \"name\": \"Тест\", \"deadlineDays\": 10, \"priority\": false}")
                .body("type", equalTo(MALFORMED));
        post(Tokens.admin(), "/api/v1/categories",
                "{\"code\": \"strict-json\", \"name\": \"Тест\", \"deadlineDays\": 10, \"priority\": false} {\"more\": 1}")
                .statusCode(400);
        String deep = "[".repeat(500) + "]".repeat(500);
        post(Tokens.trustedCitizen(Numbers.oid()), "/api/v1/appeals",
                "{\"categoryId\": 1, \"text\": \"Глубокая вложенность\", \"location\": " + deep + "}")
                .statusCode(400);
    }

    @Test
    void nothingIsCreatedByARefusedBody() {
        String code = "strict-" + Numbers.oid();
        post(Tokens.admin(), "/api/v1/categories",
                "{\"code\": \"" + code + "\", \"name\": \"Тест\", \"deadlineDays\": \"10\", \"priority\": false}");
        given().get("/api/v1/categories").then().statusCode(200)
                .body("items.code.flatten()", org.hamcrest.Matchers.not(hasItem(code)));
    }

    private static String appeal(String categoryId, String channel) {
        return "{\"categoryId\": " + categoryId + ", \"text\": \"Яма на дороге у дома номер двенадцать\", "
                + "\"oktmo\": \"25701000001\", \"channel\": " + channel + "}";
    }

    private static io.restassured.response.ValidatableResponse post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path).then().statusCode(400)
                .contentType("application/problem+json");
    }
}
