package ru.otklik.appeals;

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
import ru.otklik.testsupport.Tokens;

/** Who sees which appeal: anyone who may not gets 404, never 403, for the appeal, its history and its files. */
@QuarkusTest
class AppealAccessTest {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };

    @Test
    void theVisibilityMatrixHoldsForTheAppealItsHistoryAndItsFiles() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(author);
        long file = given().auth().oauth2(author).multiPart("file", "photo.png", PNG, "image/png")
                .post("/api/v1/appeals/" + id + "/attachments").then().statusCode(201).extract().jsonPath().getLong("id");
        Appeals.register(id);
        String operatorWhoEnteredNothing = Tokens.operator();
        String cityOfficial = Appeals.official();
        String angarskOfficial = Tokens.official("1000100300", Appeals.ANGARSK_CITY_HALL);
        String otherCitizen = Tokens.trustedCitizen(Numbers.oid());

        for (String token : List.of(author, cityOfficial, Tokens.moderator())) {
            assertVisible(token, id, file);
        }
        for (String token : List.of(otherCitizen, angarskOfficial, operatorWhoEnteredNothing, Tokens.admin())) {
            assertHidden(token, id, file);
        }
        given().get("/api/v1/appeals/" + id).then().statusCode(401);
        given().get("/api/v1/appeals/" + id + "/history").then().statusCode(401);
        given().get("/api/v1/appeals/" + id + "/attachments/" + file).then().statusCode(401);
        given().get("/api/v1/appeals").then().statusCode(401);
    }

    @Test
    void anOrganisationSeesAnAppealOnlyOnceItIsRegistered() {
        long id = Appeals.filePothole(Tokens.trustedCitizen(Numbers.oid()));
        given().auth().oauth2(Appeals.official()).get("/api/v1/appeals/" + id).then().statusCode(404);
        Appeals.register(id);
        given().auth().oauth2(Appeals.official()).get("/api/v1/appeals/" + id).then().statusCode(200);
    }

    @Test
    void actionsOnSomeoneElsesAppealAreNotFoundAndTheWrongRoleIsForbidden() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(author);
        String stranger = Tokens.trustedCitizen(Numbers.oid());
        Appeals.act(stranger, id, "withdraw", Map.of()).statusCode(404);
        Appeals.act(author, id, "moderate", Map.of("decision", "APPROVE")).statusCode(403)
                .body("type", equalTo("https://otklik.ru/problems/forbidden"));
        Appeals.register(id);
        Appeals.act(author, id, "take", null).statusCode(403);
        Appeals.act(Tokens.official("1000100301", Appeals.ANGARSK_CITY_HALL), id, "take", null).statusCode(404);
        Appeals.act(Tokens.moderator(), id, "take", null).statusCode(403);
    }

    @Test
    void eachCallerListsOnlyWhatTheyMaySee() {
        String oid = Numbers.oid();
        String author = Tokens.trustedCitizen(oid);
        long id = Appeals.filePothole(author);
        Appeals.register(id);
        given().auth().oauth2(author).get("/api/v1/appeals").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) id)));
        given().auth().oauth2(Tokens.trustedCitizen(Numbers.oid())).get("/api/v1/appeals").then().statusCode(200)
                .body("items", equalTo(List.of()));
        given().auth().oauth2(Appeals.official()).queryParam("scope", "inbox").queryParam("limit", 100)
                .get("/api/v1/appeals").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        given().auth().oauth2(Tokens.official("1000100302", Appeals.ANGARSK_CITY_HALL)).queryParam("limit", 100)
                .get("/api/v1/appeals").then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        given().auth().oauth2(Tokens.moderator()).queryParam("q", "колёса").queryParam("limit", 100)
                .get("/api/v1/appeals").then().statusCode(200).body("items.id", hasItem((int) id));
        given().auth().oauth2(author).queryParam("scope", "all").get("/api/v1/appeals").then().statusCode(403);
        given().auth().oauth2(author).queryParam("scope", "inbox").get("/api/v1/appeals").then().statusCode(403);
    }

    @Test
    void anOperatorFilesForACallerAndSeesWhatTheyEntered() {
        String operatorOid = Numbers.oid();
        String operator = Tokens.withRole(operatorOid, "OPERATOR");
        Map<String, Object> body = Appeals.pothole("Звонок на линию 122: яма во дворе дома 5, машины не проезжают");
        body.put("channel", "CONTACT_CENTER");
        body.put("applicant", Map.of("name", "Смирнова Анна Петровна", "phone", "+79001234567"));
        long id = Appeals.file(operator, body).statusCode(201)
                .body("channel", equalTo("CONTACT_CENTER"))
                .body("applicant.phone", equalTo("+79001234567"))
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(operator).queryParam("scope", "entered").get("/api/v1/appeals").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) id)));
        given().auth().oauth2(operator).get("/api/v1/appeals/" + id + "/history").then()
                .body("[0].actorRole", equalTo("OPERATOR")).body("[0].actorOid", equalTo(operatorOid));
        given().auth().oauth2(Tokens.operator()).get("/api/v1/appeals/" + id).then().statusCode(404);

        Map<String, Object> citizenBody = Appeals.pothole("Гражданин пытается подать как оператор контакт-центра");
        citizenBody.put("channel", "CONTACT_CENTER");
        citizenBody.put("applicant", Map.of("name", "Кто-то", "phone", "+79001234567"));
        Appeals.file(Tokens.trustedCitizen(Numbers.oid()), citizenBody).statusCode(403);
        body.remove("applicant");
        Appeals.file(operator, body).statusCode(400).body("errors[0].field", equalTo("applicant"));
    }

    @Test
    void theApplicantsContactsAreShownOnlyToThoseWhoHandleTheAppeal() {
        Map<String, Object> body = Appeals.pothole("Обращение через МФЦ о яме на дороге к поликлинике");
        body.put("channel", "MFC");
        body.put("applicant", Map.of("name", "Иванов Иван", "phone", "+79007654321"));
        long id = Appeals.file(Tokens.operator(), body).statusCode(201).extract().jsonPath().getLong("id");
        Appeals.register(id);
        given().auth().oauth2(Appeals.official()).get("/api/v1/appeals/" + id).then().statusCode(200)
                .body("applicant.name", equalTo("Иванов Иван"));
        given().auth().oauth2(Tokens.moderator()).get("/api/v1/appeals/" + id).then().body("applicant", notNullValue());
    }

    @Test
    void anUntrustedAccountCannotFile() {
        Appeals.file(Tokens.citizen(Numbers.oid()), Appeals.pothole("Хочу сообщить о яме, но учётная запись упрощённая"))
                .statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://otklik.ru/problems/untrusted-account"));
    }

    @Test
    void listsFilterAndPageWithoutGapsOrRepeats() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        for (int i = 0; i < 5; i++) {
            Appeals.filePothole(author);
        }
        long registered = Appeals.filePothole(author);
        Appeals.register(registered);
        given().auth().oauth2(author).queryParam("status", "REGISTERED").get("/api/v1/appeals").then()
                .body("items.id", equalTo(List.of((int) registered)));
        given().auth().oauth2(author).queryParam("status", "SUBMITTED").queryParam("status", "REGISTERED")
                .get("/api/v1/appeals").then().body("items.size()", equalTo(6));
        given().auth().oauth2(author).queryParam("status", "BOGUS").get("/api/v1/appeals").then().statusCode(400);
        List<Integer> walked = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(author).queryParam("limit", 4);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/appeals").then().statusCode(200).extract().jsonPath();
            walked.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        org.junit.jupiter.api.Assertions.assertEquals(6, walked.size());
        org.junit.jupiter.api.Assertions.assertEquals(6, new java.util.HashSet<>(walked).size());
        given().auth().oauth2(author).queryParam("sort", "due").queryParam("limit", 2).get("/api/v1/appeals").then()
                .body("items[0].id", equalTo((int) registered)).body("nextCursor", notNullValue());
        given().auth().oauth2(author).queryParam("channel", "MOBILE").queryParam("priority", false)
                .get("/api/v1/appeals").then().body("items.channel", everyItem(equalTo("MOBILE")));
        given().auth().oauth2(author).queryParam("from", "2020-01-01").queryParam("to", "2020-12-31")
                .get("/api/v1/appeals").then().body("items", equalTo(List.of()));
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Irkutsk")).toString();
        given().auth().oauth2(author).queryParam("from", today).queryParam("to", today)
                .get("/api/v1/appeals").then().body("items.size()", equalTo(6));
        given().auth().oauth2(author).queryParam("from", "yesterday").get("/api/v1/appeals").then().statusCode(400);
    }

    private static void assertVisible(String token, long id, long file) {
        given().auth().oauth2(token).get("/api/v1/appeals/" + id).then().statusCode(200).body("id", equalTo((int) id));
        given().auth().oauth2(token).get("/api/v1/appeals/" + id + "/history").then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/appeals/" + id + "/attachments/" + file).then().statusCode(200)
                .contentType("image/png");
    }

    private static void assertHidden(String token, long id, long file) {
        given().auth().oauth2(token).get("/api/v1/appeals/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("detail", not(nullValue()));
        given().auth().oauth2(token).get("/api/v1/appeals/" + id + "/history").then().statusCode(404);
        given().auth().oauth2(token).get("/api/v1/appeals/" + id + "/attachments/" + file).then().statusCode(404);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/appeals/" + id + "/withdraw")
                .then().statusCode(404);
    }
}
