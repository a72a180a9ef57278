package ru.otklik.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Requests with ever-new ids and junk paths, answered before any route matched, cannot multiply metric series. */
@QuarkusTest
class MetricTagsTest {

    @Test
    void idsAndJunkPathsDoNotBecomeTheirOwnSeries() {
        for (int i = 0; i < 150; i++) {
            given().get("/api/v1/appeals/" + (900000 + i) + "/answer").then().statusCode(405);
            given().options("/api/v1/appeals/" + (900000 + i) + "/take");
            given().get("/api/v1/appeals/" + (900000 + i)).then().statusCode(401);
            given().get("/x" + i + "/../" + "y".repeat(i % 7)).then().statusCode(404);
        }
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertFalse(metrics.contains("/api/v1/appeals/9000"), "raw ids in uri tags");
        assertTrue(metrics.contains("uri=\"/api/v1/appeals/{id}"), "ids collapse into the template");
        given().get("/api/v1/categories").then().statusCode(200);
        assertTrue(given().get("/q/metrics").then().extract().asString().contains("uri=\"/api/v1/categories\""),
                "a real endpoint keeps its series after the flood");
    }
}
