package ru.otklik.testsupport;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.response.ValidatableResponse;

/** "Me too" from tests that follow appeals: support and withdraw, and the organisation's work on a supported appeal. */
public final class Supporters {

    private Supporters() {
    }

    public static ValidatableResponse support(String token, long appealId) {
        return given().auth().oauth2(token).post("/api/v1/appeals/" + appealId + "/supporters").then();
    }

    public static ValidatableResponse withdraw(String token, long appealId) {
        return given().auth().oauth2(token).delete("/api/v1/appeals/" + appealId + "/supporters/me").then();
    }

    /** A registered pothole on the map, at a spot of its own, filed by the author. */
    public static long onTheMap(String author) {
        double[] spot = MapAppeals.spot();
        return MapAppeals.pothole(author, spot[0], spot[1]);
    }

    /** The Irkutsk official takes the appeal and answers it. */
    public static void takeAndAnswer(long appealId) {
        Appeals.act(Appeals.official(), appealId, "take", null).statusCode(200);
        Appeals.act(Appeals.official(), appealId, "answer", Map.of("text", "Яма заделана в рамках ямочного ремонта."))
                .statusCode(200);
    }
}
