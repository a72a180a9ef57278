package ru.otklik.appeals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Tokens;

@QuarkusTest
class AppealLifecycleTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aPotholeGoesFromFilingToClosedWithEveryStepInHistory() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        String official = Appeals.official();

        String location = Appeals.file(citizen, Appeals.pothole("Большая яма на проезжей части у дома 12 по ул. Ленина"))
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("number", matchesPattern("38-" + LocalDate.now().getYear() + "-\\d{6}"))
                .body("status", equalTo("SUBMITTED"))
                .body("organisation.name", equalTo("Администрация г. Иркутска"))
                .body("category.name", equalTo("Ямы на дорогах"))
                .body("channel", equalTo("MOBILE"))
                .body("location.lat", equalTo(52.287f))
                .body("dueDate", nullValue())
                .body("allowedActions", containsInAnyOrder("withdraw", "attach"))
                .extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        Appeals.act(Tokens.moderator(), id, "moderate", Map.of("decision", "APPROVE"))
                .statusCode(200).body("status", equalTo("REGISTERED")).body("dueDate", notNullValue())
                .body("overdue", equalTo(false));
        given().auth().oauth2(official).when().get("/api/v1/appeals/" + id)
                .then().statusCode(200).body("allowedActions", containsInAnyOrder("take", "redirect", "extend"));
        Appeals.act(official, id, "take", null).statusCode(200).body("status", equalTo("IN_PROGRESS"));
        Appeals.act(official, id, "answer", Map.of("text", "Яма включена в план ремонта и будет заделана до 15 числа."))
                .statusCode(200).body("status", equalTo("ANSWERED")).body("answer.text", notNullValue());
        Appeals.act(citizen, id, "rate", Map.of("rating", 5, "comment", "Спасибо"))
                .statusCode(200).body("status", equalTo("CLOSED")).body("rating.value", equalTo(5))
                .body("allowedActions", contains("reopen"));

        given().auth().oauth2(citizen).when().get("/api/v1/appeals/" + id + "/history")
                .then().statusCode(200)
                .body("action", contains("SUBMIT", "MODERATE", "TAKE", "ANSWER", "RATE"))
                .body("toStatus", contains("SUBMITTED", "REGISTERED", "IN_PROGRESS", "ANSWERED", "CLOSED"))
                .body("fromStatus", contains(null, "SUBMITTED", "REGISTERED", "IN_PROGRESS", "ANSWERED"))
                .body("actorRole", contains("CITIZEN", "MODERATOR", "OFFICIAL", "OFFICIAL", "CITIZEN"))
                .body("[2].actorOid", equalTo("1000100010"))
                .body("[2].organisationId", notNullValue());

        given().auth().oauth2(Tokens.trustedCitizen(Numbers.oid())).when().get("/api/v1/appeals/" + id)
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aModeratorRejectsWithAReason() {
        long id = Appeals.filePothole(Tokens.trustedCitizen(Numbers.oid()));
        Appeals.act(Tokens.moderator(), id, "moderate", Map.of("decision", "REJECT"))
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        Appeals.act(Tokens.moderator(), id, "moderate", Map.of("decision", "REJECT", "reason", "DUPLICATE"))
                .statusCode(400).body("errors[0].field", equalTo("duplicateOf"));
        long original = Appeals.filePothole(Tokens.trustedCitizen(Numbers.oid()));
        Appeals.act(Tokens.moderator(), id, "moderate", Map.of("decision", "REJECT", "reason", "DUPLICATE",
                "duplicateOf", original, "comment", "Уже есть обращение"))
                .statusCode(200).body("status", equalTo("REJECTED"))
                .body("rejection.reason", equalTo("DUPLICATE"))
                .body("rejection.duplicateOf", equalTo((int) original))
                .body("allowedActions", empty());
    }

    @Test
    void eachIllegalTransitionIsAConflictNamingTheStatus() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long submitted = Appeals.filePothole(citizen);
        assertInvalid(Appeals.official(), submitted, "take", null, "SUBMITTED", 404);
        assertInvalid(Tokens.moderator(), submitted, "rate", Map.of("rating", 3), "SUBMITTED", 403);
        assertInvalid(citizen, submitted, "rate", Map.of("rating", 3), "SUBMITTED", 409);
        assertInvalid(citizen, submitted, "reopen", Map.of("reason", "Не согласен"), "SUBMITTED", 409);

        Appeals.register(submitted);
        assertInvalid(Tokens.moderator(), submitted, "moderate", Map.of("decision", "APPROVE"), "REGISTERED", 409);
        assertInvalid(Appeals.official(), submitted, "answer", Map.of("text", "Ответ без взятия в работу"), "REGISTERED", 409);

        long answered = Appeals.answered(citizen);
        assertInvalid(Appeals.official(), answered, "take", null, "ANSWERED", 409);
        assertInvalid(Appeals.official(), answered, "answer", Map.of("text", "Второй ответ на то же обращение"), "ANSWERED", 409);
        assertInvalid(citizen, answered, "withdraw", Map.of(), "ANSWERED", 409);
        assertInvalid(Appeals.official(), answered, "extend", Map.of("days", 1, "reason", "Поздно"), "ANSWERED", 409);

        Appeals.act(citizen, answered, "rate", Map.of("rating", 2)).statusCode(200);
        assertInvalid(citizen, answered, "rate", Map.of("rating", 4), "CLOSED", 409);

        long withdrawn = Appeals.filePothole(citizen);
        Appeals.act(citizen, withdrawn, "withdraw", Map.of("reason", "Сам починил")).statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        assertInvalid(Tokens.moderator(), withdrawn, "moderate", Map.of("decision", "APPROVE"), "WITHDRAWN", 409);
        assertInvalid(citizen, withdrawn, "withdraw", Map.of(), "WITHDRAWN", 409);
    }

    @Test
    void theAuthorReopensOnceAndGetsANewDeadline() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.answered(citizen);
        Appeals.act(citizen, id, "reopen", Map.of("reason", "Яму засыпали щебнем, она снова появилась"))
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("reopened", equalTo(true))
                .body("answer", nullValue())
                .body("dueDate", notNullValue());
        Appeals.act(Appeals.official(), id, "answer", Map.of("text", "Выполнен повторный ремонт покрытия асфальтом."))
                .statusCode(200);
        Appeals.act(citizen, id, "reopen", Map.of("reason", "Опять"))
                .statusCode(409).contentType(PROBLEM).body("type", equalTo("https://otklik.ru/problems/conflict"));
        given().auth().oauth2(citizen).get("/api/v1/appeals/" + id + "/history").then()
                .body("findAll { it.action == 'ANSWER' }.size()", equalTo(2))
                .body("find { it.action == 'ANSWER' }.details.answer", notNullValue());
    }

    @Test
    void theDeadlineIsExtendedOnceByAtMostTheCategoryDeadline() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(citizen);
        Appeals.register(id);
        String before = given().auth().oauth2(citizen).get("/api/v1/appeals/" + id).then().extract().path("dueDate");
        Appeals.act(Appeals.official(), id, "extend", Map.of("days", 61, "reason", "Слишком долго"))
                .statusCode(400).body("errors[0].field", equalTo("days"));
        Appeals.act(Appeals.official(), id, "extend", Map.of("days", 11, "reason", "Больше срока категории"))
                .statusCode(400).body("errors[0].field", equalTo("days"));
        String after = Appeals.act(Appeals.official(), id, "extend", Map.of("days", 5, "reason", "Нужен выезд на место"))
                .statusCode(200).body("extended", equalTo(true)).extract().path("dueDate");
        org.junit.jupiter.api.Assertions.assertTrue(LocalDate.parse(after).isAfter(LocalDate.parse(before)));
        Appeals.act(Appeals.official(), id, "extend", Map.of("days", 1, "reason", "Ещё раз"))
                .statusCode(409);
    }

    @Test
    void aRedirectHandsTheAppealOverAndTheOldOrganisationKeepsOnlyItsOwnSteps() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.inProgress(citizen);
        String due = given().auth().oauth2(citizen).get("/api/v1/appeals/" + id).then().extract().path("dueDate");
        long angarsk = given().queryParam("q", "Ангарского городского округа").get("/api/v1/organisations")
                .then().extract().jsonPath().getLong("items[0].id");
        Appeals.act(Appeals.official(), id, "redirect", Map.of("organisationId", angarsk, "reason", "Адрес в Ангарске"))
                .statusCode(200).body("status", equalTo("REDIRECTED")).body("dueDate", equalTo(due))
                .body("organisation.id", equalTo((int) angarsk));

        given().auth().oauth2(Appeals.official()).get("/api/v1/appeals/" + id).then().statusCode(404);
        given().auth().oauth2(Appeals.official()).get("/api/v1/appeals/" + id + "/history").then().statusCode(200)
                .body("action", contains("TAKE", "REDIRECT"));
        String angarskOfficial = Tokens.official("1000100099", Appeals.ANGARSK_CITY_HALL);
        given().auth().oauth2(angarskOfficial).get("/api/v1/appeals/" + id).then().statusCode(200)
                .body("allowedActions", containsInAnyOrder("take", "redirect", "extend"));
        Appeals.act(angarskOfficial, id, "take", null).statusCode(200).body("status", equalTo("IN_PROGRESS"));
        given().auth().oauth2(citizen).get("/api/v1/appeals/" + id + "/history").then()
                .body("action", contains("SUBMIT", "MODERATE", "TAKE", "REDIRECT", "TAKE"));
    }

    @Test
    void aRedirectNeedsAnotherConnectedOrganisation() {
        long id = Appeals.inProgress(Tokens.trustedCitizen(Numbers.oid()));
        long own = given().auth().oauth2(Appeals.official()).get("/api/v1/appeals/" + id).then().extract().jsonPath()
                .getLong("organisation.id");
        Appeals.act(Appeals.official(), id, "redirect", Map.of("organisationId", own, "reason", "Себе"))
                .statusCode(400).body("errors[0].field", equalTo("organisationId"));
        Appeals.act(Appeals.official(), id, "redirect", Map.of("organisationId", 987654321, "reason", "Никому"))
                .statusCode(400).body("errors[0].field", equalTo("organisationId"));
    }

    @Test
    void versionsGuardActionsThroughIfMatch() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(citizen);
        Appeals.register(id);
        String etag = given().auth().oauth2(Appeals.official()).get("/api/v1/appeals/" + id).then().extract().header("ETag");
        given().auth().oauth2(Appeals.official()).header("If-Match", "\"0\"")
                .post("/api/v1/appeals/" + id + "/take").then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(Appeals.official()).header("If-Match", etag)
                .post("/api/v1/appeals/" + id + "/take").then().statusCode(200);
        given().auth().oauth2(Appeals.official()).header("If-Match", "not-a-version")
                .contentType(io.restassured.http.ContentType.JSON).body(Map.of("days", 1, "reason", "Проверка"))
                .post("/api/v1/appeals/" + id + "/extend").then().statusCode(400).body("errors[0].field", equalTo("If-Match"));
    }

    private static void assertInvalid(String token, long id, String action, Map<String, Object> body, String status, int expected) {
        var response = Appeals.act(token, id, action, body).statusCode(expected).contentType(PROBLEM);
        if (expected == 409) {
            response.body("type", equalTo("https://otklik.ru/problems/invalid-transition"))
                    .body("currentStatus", equalTo(status));
        }
    }
}
