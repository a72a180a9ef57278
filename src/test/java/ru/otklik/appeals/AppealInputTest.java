package ru.otklik.appeals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Directory;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Tokens;

/** Bad input of every field is a 400 naming the field, and nothing is stored. */
@QuarkusTest
class AppealInputTest {

    @Test
    void everyBadFieldIsNamedAndNothingIsStored() {
        String oid = Numbers.oid();
        String citizen = Tokens.trustedCitizen(oid);
        assertRefused(citizen, "text", body -> body.put("text", "   короткий "));
        assertRefused(citizen, "text", body -> body.put("text", "я".repeat(5001)));
        assertRefused(citizen, "text", body -> body.remove("text"));
        assertRefused(citizen, "categoryId", body -> body.remove("categoryId"));
        assertRefused(citizen, "categoryId", body -> body.put("categoryId", 987654321));
        assertRefused(citizen, "categoryId", body -> body.put("categoryId", -1));
        assertRefused(citizen, "location.lat", body -> body.put("location", Map.of("lat", 91, "lon", 104)));
        assertRefused(citizen, "location.lon", body -> body.put("location", Map.of("lat", 52, "lon", -181)));
        assertRefused(citizen, "oktmo", body -> body.put("oktmo", "2570"));
        assertRefused(citizen, "address", body -> body.put("address", "у".repeat(501)));
        assertRefused(citizen, "channel", body -> body.put("channel", "PIGEON"));
        assertRefused(citizen, "channel", body -> body.remove("channel"));
        assertRefused(citizen, "widgetOrganisationId", body -> body.put("channel", "WIDGET"));
        assertRefused(citizen, "widgetOrganisationId", body -> body.put("widgetOrganisationId", 1));
        assertRefused(citizen, "applicant", body -> body.put("applicant", Map.of("name", "Кто-то", "phone", "+79001234567")));
        given().auth().oauth2(citizen).queryParam("scope", "own").get("/api/v1/appeals").then()
                .body("items", equalTo(List.of()));
    }

    @Test
    void theCallersOwnOktmoIsUsedWhenNoneIsGivenAndNoRuleIsA422() {
        Map<String, Object> body = Appeals.pothole("Яма без указания ОКТМО, берётся из учётной записи гражданина");
        body.remove("oktmo");
        Appeals.file(Tokens.trustedCitizen(Numbers.oid()), body).statusCode(201).body("oktmo", equalTo("25701000001"));

        long orphan = Directory.createCategory("test.unrouted-" + Numbers.oid(), null, 10);
        Map<String, Object> unrouted = Appeals.pothole("Обращение по теме, для которой нет правила маршрутизации");
        unrouted.put("categoryId", orphan);
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        Appeals.file(citizen, unrouted).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://otklik.ru/problems/unroutable"));
        given().auth().oauth2(citizen).get("/api/v1/appeals").then().body("items", equalTo(List.of()));
    }

    @Test
    void textIsTrimmed() {
        Appeals.file(Tokens.trustedCitizen(Numbers.oid()), Appeals.pothole("   Яма у подъезда, не пройти с коляской   "))
                .statusCode(201).body("text", equalTo("Яма у подъезда, не пройти с коляской"));
    }

    @Test
    void aWidgetAppealNamesTheOrganisationPage() {
        long cityHall = given().queryParam("q", "Администрация г. Иркутска").get("/api/v1/organisations").then()
                .extract().jsonPath().getLong("items[0].id");
        Map<String, Object> body = Appeals.pothole("Сообщение из виджета на странице администрации города");
        body.put("channel", "WIDGET");
        body.put("widgetOrganisationId", cityHall);
        Appeals.file(Tokens.trustedCitizen(Numbers.oid()), body).statusCode(201).body("channel", equalTo("WIDGET"));
    }

    @Test
    void moderationAndAnswerInputIsChecked() {
        long id = Appeals.filePothole(Tokens.trustedCitizen(Numbers.oid()));
        Appeals.act(Tokens.moderator(), id, "moderate", Map.of("decision", "MAYBE")).statusCode(400)
                .body("errors[0].field", equalTo("decision"));
        Appeals.act(Tokens.moderator(), id, "moderate", Map.of("decision", "APPROVE", "reason", "SPAM")).statusCode(400);
        Appeals.register(id);
        Appeals.act(Appeals.official(), id, "take", null).statusCode(200);
        Appeals.act(Appeals.official(), id, "answer", Map.of("text", "кратко")).statusCode(400)
                .body("errors[0].field", equalTo("text"));
        Appeals.act(Appeals.official(), id, "rate", Map.of("rating", 5)).statusCode(403);
    }

    @Test
    void ratingsAreOneToFive() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.answered(citizen);
        Appeals.act(citizen, id, "rate", Map.of("rating", 0)).statusCode(400).body("errors[0].field", equalTo("rating"));
        Appeals.act(citizen, id, "rate", Map.of("rating", 6)).statusCode(400);
        Appeals.act(citizen, id, "rate", Map.of("rating", 1)).statusCode(200);
    }

    private static void assertRefused(String token, String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = Appeals.pothole("Корректный текст обращения о яме на дороге");
        change.accept(body);
        Appeals.file(token, body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem(field));
    }
}
