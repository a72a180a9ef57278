package ru.otklik.identity.keycloak;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Keycloak;
import ru.otklik.testsupport.KeycloakProfile;

/** Tokens issued by Keycloak doing real work: appeals, the organisation's inbox, a partner's system. */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class KeycloakTokensAtWorkIT {

    @Test
    void aConfirmedCitizenFilesAnAppealWithAKeycloakToken() {
        String citizen = Keycloak.mobileToken("trusted-citizen");
        long id = Appeals.file(citizen, Appeals.pothole("Яма на проезжей части у остановки, вход через Keycloak"))
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(citizen).when().get("/api/v1/appeals/" + id).then().statusCode(200);
    }

    @Test
    void aSimpleAccountFromKeycloakMayNotFile() {
        Appeals.file(Keycloak.mobileToken("citizen"), Appeals.pothole("Яма во дворе, учётная запись не подтверждена"))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://otklik.ru/problems/untrusted-account"));
    }

    @Test
    void anOfficialSeesTheRegisteredAppealInTheOrganisationsInbox() {
        long id = Appeals.file(Keycloak.mobileToken("trusted-citizen"), Appeals.pothole("Провал асфальта у дома 3, нужна проверка"))
                .statusCode(201).extract().jsonPath().getLong("id");
        Appeals.act(Keycloak.mobileToken("moderator"), id, "moderate", Map.of("decision", "APPROVE"))
                .statusCode(200)
                .body("status", equalTo("REGISTERED"));

        String official = Keycloak.mobileToken("official");
        given().auth().oauth2(official).queryParam("scope", "inbox").queryParam("limit", 100)
                .when().get("/api/v1/appeals")
                .then().statusCode(200)
                .body("items.id", hasItem((int) id));
        Appeals.act(official, id, "take", null).statusCode(200).body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void aPartnersClientCredentialsTokenCarriesRolePartner() {
        String partner = Keycloak.partnerToken();
        assertEquals(Keycloak.PARTNER, Keycloak.claims(partner).get("azp").asText());
        assertEquals(List.of("otklik-api"), Keycloak.audiences(partner));

        given().auth().oauth2(partner).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", contains("PARTNER"))
                .body("trusted", equalTo(false))
                .body("organisations", empty());
    }
}
