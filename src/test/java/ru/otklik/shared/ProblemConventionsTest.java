package ru.otklik.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import ru.otklik.testsupport.Tokens;

/** Every error the API can return is RFC 9457 problem+json, with no internals in it. */
@QuarkusTest
class ProblemConventionsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void unknownPathIsANotFoundProblem() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://otklik.ru/problems/not-found"))
                .body("instance", equalTo("/api/v1/nothing-here"));
    }

    @Test
    void wrongMethodIsAMethodNotAllowedProblem() {
        given().when().patch("/api/v1/organisations")
                .then().statusCode(405).contentType(PROBLEM)
                .body("type", equalTo("https://otklik.ru/problems/method-not-allowed"));
    }

    @Test
    void wrongContentTypeIsAnUnsupportedMediaTypeProblem() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.XML).body("<organisation/>")
                .when().post("/api/v1/organisations")
                .then().statusCode(415).contentType(PROBLEM)
                .body("type", equalTo("https://otklik.ru/problems/unsupported-media-type"));
    }

    @Test
    void malformedJsonIsAMalformedBodyProblem() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("{\"kind\": ")
                .when().post("/api/v1/organisations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://otklik.ru/problems/malformed-body"))
                .body(not(containsString("jackson")))
                .body(not(containsString("Exception")));
    }

    @Test
    void aWrongTypeInJsonNamesTheField() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"kind\": \"SPACESHIP\", \"shortName\": \"x\"}")
                .when().post("/api/v1/organisations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("kind"))
                .body(not(containsString("ru.otklik")));
    }

    @Test
    void missingBodyIsAValidationProblem() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .when().post("/api/v1/organisations")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void unacceptableResponseTypeIsAProblem() {
        given().accept("application/xml").when().get("/api/v1/organisations")
                .then().statusCode(406);
    }

    @Test
    void problemsSpeakEnglishWhenAskedAndRussianByDefault() {
        given().when().get("/api/v1/organisations/987654321")
                .then().body("title", equalTo("Не найдено")).body("detail", containsString("не найдена"));
        given().header("Accept-Language", "en-US,en;q=0.8,ru;q=0.5").when().get("/api/v1/organisations/987654321")
                .then().body("title", equalTo("Not found")).body("detail", containsString("not found"));
        given().header("Accept-Language", "de").when().get("/api/v1/organisations/987654321")
                .then().body("title", equalTo("Не найдено"));
    }

    @Test
    void responsesCarrySecureHeaders() {
        given().when().get("/api/v1/organisations")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Strict-Transport-Security", notNullValue());
    }
}
