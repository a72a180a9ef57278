package ru.otklik.partners;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Partners;
import ru.otklik.testsupport.Tokens;

/**
 * A partner sees the registered appeals of the organisations of its subtrees, read-only, and never who is behind them:
 * not the applicant's contacts, not the author's oid.
 */
@QuarkusTest
class PartnerAppealViewTest {

    @Test
    void aPartnerOfAParentSeesTheRegisteredAppealsOfItsSubordinatesReadOnly() {
        Partners.Tree tree = Partners.tree();
        String partner = Partners.registeredToken(tree.parentId());
        String author = Numbers.oid();
        long id = Appeals.file(Tokens.trustedCitizen(author), tree.appeal("Не вывозят мусор с площадки во дворе " + author))
                .statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(partner).when().get("/api/v1/appeals/" + id)
                .then().statusCode(404);

        Appeals.register(id);
        given().auth().oauth2(partner).when().get("/api/v1/appeals/" + id)
                .then().statusCode(200)
                .body("organisation.id", equalTo((int) tree.childId()))
                .body("text", notNullValue())
                .body("allowedActions", equalTo(List.of()))
                .body("applicant", nullValue());
        given().auth().oauth2(partner).when().get("/api/v1/appeals/" + id + "/history")
                .then().statusCode(200)
                .body("actorRole", equalTo(List.of("CITIZEN", "MODERATOR")))
                .body("actorOid", everyItem(nullValue()));
        given().auth().oauth2(partner).when().get("/api/v1/appeals")
                .then().statusCode(200).body("items.id", hasItem((int) id));
        given().auth().oauth2(partner).queryParam("scope", "inbox").when().get("/api/v1/appeals")
                .then().statusCode(200).body("items.id", hasItem((int) id));
        Appeals.act(partner, id, "take", null).statusCode(403);
        Appeals.act(partner, id, "withdraw", Map.of()).statusCode(403);
    }

    @Test
    void aPartnerNeverSeesTheApplicantAnOperatorEnteredNorAnotherSubtree() {
        Partners.Tree tree = Partners.tree();
        String partner = Partners.registeredToken(tree.childId());
        String stranger = Partners.registeredToken(Partners.tree().parentId());
        Map<String, Object> call = tree.appeal("Звонок на линию 122: не горит фонарь у остановки");
        call.put("channel", "CONTACT_CENTER");
        call.put("applicant", Map.of("name", "Петров Пётр Петрович", "phone", "+79001234567"));
        long id = given().auth().oauth2(Tokens.operator()).contentType(ContentType.JSON).body(call)
                .when().post("/api/v1/appeals").then().statusCode(201).extract().jsonPath().getLong("id");
        Appeals.register(id);
        given().auth().oauth2(partner).when().get("/api/v1/appeals/" + id)
                .then().statusCode(200).body("applicant", nullValue())
                .body(not(org.hamcrest.Matchers.containsString("+79001234567")));
        given().auth().oauth2(stranger).when().get("/api/v1/appeals/" + id).then().statusCode(404);
        given().auth().oauth2(stranger).when().get("/api/v1/appeals/" + id + "/history").then().statusCode(404);
        given().auth().oauth2(stranger).when().get("/api/v1/appeals")
                .then().statusCode(200).body("items.id", not(hasItem((int) id)));
    }

    @Test
    void anUnregisteredOrSuspendedClientSeesNothing() {
        Partners.Tree tree = Partners.tree();
        long id = Appeals.file(Tokens.trustedCitizen(Numbers.oid()), tree.appeal("Разбита детская площадка во дворе дома 3"))
                .statusCode(201).extract().jsonPath().getLong("id");
        Appeals.register(id);
        String unregistered = Partners.token(Partners.newClientId());
        given().auth().oauth2(unregistered).when().get("/api/v1/appeals/" + id).then().statusCode(404);
        given().auth().oauth2(unregistered).queryParam("scope", "inbox").when().get("/api/v1/appeals").then().statusCode(403);

        String clientId = Partners.newClientId();
        long partnerId = Partners.register(clientId, tree.parentId());
        given().auth().oauth2(Partners.token(clientId)).when().get("/api/v1/appeals/" + id).then().statusCode(200);
        Map<String, Object> suspended = Partners.registration(clientId, List.of(tree.parentId()));
        suspended.put("active", false);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(suspended)
                .when().put("/api/v1/partners/" + partnerId).then().statusCode(200);
        given().auth().oauth2(Partners.token(clientId)).when().get("/api/v1/appeals/" + id).then().statusCode(404);
    }

    @Test
    void aPersonWithTheRolePartnerButNoClientIsNoPartner() {
        Partners.Tree tree = Partners.tree();
        long id = Appeals.file(Tokens.trustedCitizen(Numbers.oid()), tree.appeal("Не работает светофор на перекрёстке"))
                .statusCode(201).extract().jsonPath().getLong("id");
        Appeals.register(id);
        given().auth().oauth2(Tokens.withRole(Numbers.oid(), "PARTNER")).when().get("/api/v1/appeals/" + id)
                .then().statusCode(404);
    }
}
