package ru.otklik.testsupport;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Polls through the API, as the Irkutsk city administration would run them and its residents vote. */
public final class Polls {

    /** Registration OKTMO of a resident of Irkutsk city, Bratsk and Angarsk. */
    public static final String IRKUTSK = "25701000001";
    public static final String BRATSK = "25714000001";
    public static final String ANGARSK = "25703000001";

    private Polls() {
    }

    /** An official of Администрация г. Иркутска (sample ESIA org oid 1000038001). */
    public static String official() {
        return Appeals.official();
    }

    /** A person with a confirmed account (or not) registered at this OKTMO (null: no address in the account). */
    public static String voter(String oktmo, boolean trusted) {
        Map<String, Object> claims = Tokens.person(Numbers.oid(), trusted);
        if (oktmo == null) {
            claims.remove("oktmo");
        } else {
            claims.put("oktmo", oktmo);
        }
        return Tokens.sign(claims);
    }

    public static String irkutskVoter() {
        return voter(IRKUTSK, true);
    }

    /** A complete poll for Irkutsk city, open from now for a week: a SINGLE, a MULTIPLE, a SCALE and a TEXT question. */
    public static Map<String, Object> squarePoll() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Какой сквер благоустроить в 2027 году? " + Numbers.oid());
        body.put("description", "Город благоустроит один сквер по программе «Формирование комфортной городской среды».");
        body.put("startsAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("endsAt", Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("audience", Map.of("kind", "OKTMO", "oktmoPrefixes", List.of("25701")));
        body.put("trustedOnly", true);
        body.put("resultsVisibility", "ALWAYS");
        List<Map<String, Object>> questions = new ArrayList<>();
        questions.add(question("SINGLE", "Какой сквер благоустроить?", true,
                Map.of("options", List.of("Сквер Кирова", "Сквер у драмтеатра", "Сквер на ул. Сурикова"))));
        questions.add(question("MULTIPLE", "Что в сквере нужнее всего?", false,
                Map.of("options", List.of("Освещение", "Скамейки", "Детская площадка", "Дорожки"), "minChoices", 1, "maxChoices", 3)));
        questions.add(question("SCALE", "Насколько вы довольны скверами сейчас?", false,
                Map.of("scaleMin", 1, "scaleMax", 5, "minLabel", "совсем нет", "maxLabel", "полностью")));
        questions.add(question("TEXT", "Ваши предложения", false, Map.of("maxLength", 500)));
        body.put("questions", questions);
        return body;
    }

    public static Map<String, Object> question(String kind, String text, boolean required, Map<String, Object> fields) {
        Map<String, Object> question = new HashMap<>(fields);
        question.put("kind", kind);
        question.put("text", text);
        question.put("required", required);
        return question;
    }

    public static ValidatableResponse create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/polls").then();
    }

    public static ValidatableResponse edit(String token, long id, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().put("/api/v1/polls/" + id).then();
    }

    public static ValidatableResponse act(String token, long id, String action) {
        return given().auth().oauth2(token).when().post("/api/v1/polls/" + id + "/" + action).then();
    }

    public static long draft(Map<String, Object> body) {
        return create(official(), body).statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Created and published by the Irkutsk official. */
    public static long published(Map<String, Object> body) {
        long id = draft(body);
        act(official(), id, "publish").statusCode(200);
        return id;
    }

    public static long published() {
        return published(squarePoll());
    }

    public static ValidatableResponse vote(String token, long id, List<Map<String, Object>> answers) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("answers", answers))
                .when().post("/api/v1/polls/" + id + "/ballots").then();
    }

    /** A valid ballot for {@link #squarePoll()}: option {@code square} of question 1, and nothing else. */
    public static List<Map<String, Object>> choose(int square) {
        return List.of(Map.of("questionId", 1, "optionIds", List.of(square)));
    }

    public static Map<String, Object> answer(int questionId, String field, Object value) {
        return Map.of("questionId", questionId, field, value);
    }

    public static ValidatableResponse results(String token, long id) {
        var request = given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().get("/api/v1/polls/" + id + "/results").then();
    }
}
