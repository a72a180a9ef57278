package ru.otklik.appeals;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.otklik.testsupport.Parallel.inParallel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Tokens;

@QuarkusTest
class AppealConcurrencyTest {

    @Test
    void twentyIdenticalRetriesAtOnceMakeOneAppeal() throws Exception {
        String oid = Numbers.oid();
        String citizen = Tokens.trustedCitizen(oid);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Appeals.pothole("Повторная отправка с плохой связью " + key);
        List<Response> responses = inParallel(20, () -> given().auth().oauth2(citizen).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/appeals"));
        Set<Long> ids = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (Response response : responses) {
            assertEquals(201, response.statusCode(), response.asString());
            ids.add(response.jsonPath().getLong("id"));
            numbers.add(response.jsonPath().getString("number"));
            assertTrue(response.header("Location").endsWith("/api/v1/appeals/" + response.jsonPath().getLong("id")));
        }
        assertEquals(1, ids.size(), "one appeal: " + ids);
        assertEquals(1, numbers.size());
        int mine = given().auth().oauth2(citizen).queryParam("scope", "own").get("/api/v1/appeals")
                .then().statusCode(200).extract().jsonPath().getList("items").size();
        assertEquals(1, mine);
    }

    @Test
    void aRetryLaterReplaysTheFirstResponseAndAnotherBodyWithTheSameKeyIsRefused() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Appeals.pothole("Первая отправка обращения о яме " + key);
        long first = given().auth().oauth2(citizen).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/appeals").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(citizen).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/appeals").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", org.hamcrest.Matchers.equalTo((int) first));
        Map<String, Object> other = Appeals.pothole("Совсем другое обращение с тем же ключом " + key);
        given().auth().oauth2(citizen).header("Idempotency-Key", key).contentType(ContentType.JSON).body(other)
                .post("/api/v1/appeals").then().statusCode(422).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("https://otklik.ru/problems/idempotency-key-reused"));
        // the key is the caller's own: another citizen with the same key files their own appeal
        given().auth().oauth2(Tokens.trustedCitizen(Numbers.oid())).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .post("/api/v1/appeals").then().statusCode(201)
                .body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.equalTo((int) first)));
    }

    @Test
    void actionsAreIdempotentToo() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.answered(citizen);
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(citizen).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(Map.of("rating", 4)).post("/api/v1/appeals/" + id + "/rate")
                    .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("CLOSED"));
        }
        given().auth().oauth2(citizen).get("/api/v1/appeals/" + id + "/history").then()
                .body("findAll { it.action == 'RATE' }.size()", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void aReplayShowsNothingToWhoeverHasLostAccessSince() {
        long id = Appeals.inProgress(Tokens.trustedCitizen(Numbers.oid()));
        long angarsk = given().queryParam("q", "Ангарского городского округа").get("/api/v1/organisations")
                .then().extract().jsonPath().getLong("items[0].id");
        String key = UUID.randomUUID().toString();
        Map<String, Object> redirect = Map.of("organisationId", angarsk, "reason", "Адрес в Ангарске");
        given().auth().oauth2(Appeals.official()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(redirect)
                .post("/api/v1/appeals/" + id + "/redirect").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("REDIRECTED"));
        String replay = given().auth().oauth2(Appeals.official()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(redirect).post("/api/v1/appeals/" + id + "/redirect").then().statusCode(200)
                .header("Idempotent-Replayed", "true")
                .extract().asString();
        assertEquals("", replay, "the redirected appeal is no longer the old organisation's to read");
    }

    @Test
    void fiftyParallelFilingsGetUniqueConsecutiveNumbers() throws Exception {
        List<Response> responses = inParallel(50, () -> Appeals.file(Tokens.trustedCitizen(Numbers.oid()),
                Appeals.pothole("Параллельная подача обращения " + UUID.randomUUID())).extract().response());
        List<Integer> sequence = new ArrayList<>();
        for (Response response : responses) {
            assertEquals(201, response.statusCode(), response.asString());
            String number = response.jsonPath().getString("number");
            sequence.add(Integer.parseInt(number.substring(number.lastIndexOf('-') + 1)));
        }
        assertEquals(50, new HashSet<>(sequence).size(), "unique: " + sequence);
        sequence.sort(null);
        assertEquals(49, sequence.get(49) - sequence.get(0), "no gaps: " + sequence);
    }

    @Test
    void twoOfficialsAnsweringAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
        long id = Appeals.inProgress(Tokens.trustedCitizen(Numbers.oid()));
        String first = Tokens.official("1000100201", Appeals.IRKUTSK_CITY_HALL);
        String second = Tokens.official("1000100202", Appeals.IRKUTSK_CITY_HALL);
        List<Response> responses = inParallel(2, new Callable<>() {
            private final java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();

            @Override
            public Response call() {
                String token = turn.getAndIncrement() == 0 ? first : second;
                return given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("text", "Ответ официального лица номер " + token.hashCode()))
                        .post("/api/v1/appeals/" + id + "/answer");
            }
        });
        List<Integer> statuses = responses.stream().map(Response::statusCode).sorted().toList();
        assertEquals(List.of(200, 409), statuses, responses.get(0).asString() + responses.get(1).asString());
        given().auth().oauth2(first).get("/api/v1/appeals/" + id + "/history").then()
                .body("findAll { it.action == 'ANSWER' }.size()", org.hamcrest.Matchers.equalTo(1));
    }

}
