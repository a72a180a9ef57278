package ru.otklik.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Devices;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Polls;
import ru.otklik.testsupport.PushGatewayResource;
import ru.otklik.testsupport.PushReceiver;
import ru.otklik.testsupport.PushReceiver.Answer;
import ru.otklik.testsupport.PushReceiver.Received;
import ru.otklik.testsupport.Supporters;
import ru.otklik.testsupport.Tokens;

/**
 * Pushes through the HTTP gateway to a local receiver: who gets them, what they say, retries, dead tokens and the
 * per-device limit (the test profile: 5 a minute; retries after 200 ms doubling up to 400 ms, given up after 3 s).
 * People here live outside Irkutsk (a made-up OKTMO) unless a test says otherwise, so that a poll published for
 * Irkutsk in another test never reaches their devices.
 */
@QuarkusTest
@QuarkusTestResource(value = PushGatewayResource.class, restrictToAnnotatedClass = true)
class PushDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    PushReceiver receiver;

    private static String resident(String oktmo) {
        Map<String, Object> claims = Tokens.person(Numbers.oid(), true);
        claims.put("oktmo", oktmo);
        return Tokens.sign(claims);
    }

    private static String elsewhere() {
        return resident(Numbers.oktmoPrefix() + "000001");
    }

    private static String token(String installationId) {
        return "token-" + installationId;
    }

    @Test
    void theAuthorsDeviceHearsOfTheAnswerAndAnotherCitizensDoesNot() {
        String author = elsewhere();
        String other = elsewhere();
        String mine = Devices.register(author, "ru");
        String theirs = Devices.register(other, "ru");
        long id = Appeals.answered(author);
        String number = number(author, id);

        List<Received> pushes = receiver.await(3, push -> push.token().equals(token(mine)), WAIT);
        assertEquals(List.of("appeal.registered", "appeal.taken", "appeal.answered"), pushes.stream().map(Received::type).sorted(
                (a, b) -> order(a) - order(b)).toList());
        Received answered = pushes.stream().filter(push -> push.type().equals("appeal.answered")).findFirst().orElseThrow();
        JsonObject body = answered.json();
        assertEquals("Ваше обращение " + number + ": дан ответ", body.getJsonObject("notification").getString("title"));
        assertEquals(id, body.getJsonObject("data").getLong("aggregateId"));
        assertEquals(number, body.getJsonObject("data").getString("number"));
        assertEquals("Bearer " + PushGatewayResource.SECRET, answered.authorization());
        assertEquals(List.of(), receiver.to(token(theirs)), "another citizen's device hears nothing of it");
    }

    @Test
    void aPushCarriesNoPersonalDataAndSpeaksTheDevicesLanguage() {
        Map<String, Object> claims = Tokens.person(Numbers.oid(), true);
        claims.put("oktmo", Numbers.oktmoPrefix() + "000001");
        String author = Tokens.sign(claims);
        String device = Devices.register(author, "en");
        String text = "Яма у подъезда дома 7, Петров Пётр Петрович, тел. +79991234567 " + Numbers.oid();
        long id = Appeals.file(author, Appeals.pothole(text)).statusCode(201).extract().jsonPath().getLong("id");
        Appeals.register(id);

        List<Received> pushes = receiver.await(1, push -> push.token().equals(token(device)), WAIT);
        assertEquals(1, pushes.size());
        String body = pushes.get(0).body();
        for (String personal : List.of(text, "Петров", "+7999", "Ленина", "Тестов", "@example.org", (String) claims.get("sub"))) {
            assertFalse(body.contains(personal), "the push carries no personal data: " + personal + " in " + body);
        }
        assertEquals("Your appeal " + number(author, id) + " has been registered",
                pushes.get(0).json().getJsonObject("notification").getString("title"));
    }

    @Test
    void aGatewayErrorIsRetriedUntilThePushIsSent() {
        String author = elsewhere();
        String device = Devices.register(author, "ru");
        receiver.answer(token(device), new Answer(503, "{}"), new Answer(500, "{}"));
        long id = Appeals.filePothole(author);
        Appeals.register(id);

        List<Received> pushes = receiver.await(3, push -> push.token().equals(token(device)), WAIT);
        assertEquals(3, pushes.size(), "two failures, then the push");
        assertEquals(1, pushes.stream().map(push -> push.json().getJsonObject("data").getLong("eventId")).distinct().count());
    }

    @Test
    void aDeadTokenRemovesItsDevice() {
        String author = elsewhere();
        String gone = Devices.register(author, "ru");
        String unregistered = Devices.register(author, "ru");
        String alive = Devices.register(author, "ru");
        receiver.answer(token(gone), new Answer(410, "{}"));
        receiver.answer(token(unregistered), new Answer(200, "{\"error\":\"unregistered\"}"));
        long id = Appeals.filePothole(author);
        Appeals.register(id);

        receiver.await(1, push -> push.token().equals(token(gone)), WAIT);
        receiver.await(1, push -> push.token().equals(token(unregistered)), WAIT);
        receiver.await(1, push -> push.token().equals(token(alive)), WAIT);
        awaitDevices(author, 1);
        Devices.list(author).body("installationId", org.hamcrest.Matchers.contains(alive));
    }

    @Test
    void aDeviceGetsAtMostItsLimitAMinuteAndTheRestIsDropped() throws InterruptedException {
        String author = elsewhere();
        String device = Devices.register(author, "ru");
        Appeals.answered(author);
        Appeals.answered(author);

        List<Received> pushes = receiver.await(5, push -> push.token().equals(token(device)), WAIT);
        assertEquals(5, pushes.size());
        Thread.sleep(2000);
        assertEquals(5, receiver.to(token(device)).size(), "six events, five pushes: the sixth is dropped");
    }

    @Test
    void aPollOpeningReachesTheDevicesOfItsAudienceOnly() {
        String irkutsk = resident(Polls.IRKUTSK);
        String angarsk = resident(Polls.ANGARSK);
        String inside = Devices.register(irkutsk, "ru");
        String outside = Devices.register(angarsk, "ru");
        long poll = Polls.published();

        List<Received> pushes = receiver.await(1, push -> push.token().equals(token(inside)), WAIT);
        assertEquals(1, pushes.size());
        assertEquals("poll.published", pushes.get(0).type());
        assertEquals(poll, pushes.get(0).json().getJsonObject("data").getLong("aggregateId"));
        assertEquals("Новое голосование в вашем районе", pushes.get(0).json().getJsonObject("notification").getString("title"));
        assertTrue(receiver.to(token(outside)).isEmpty(), "Angarsk is not in the audience of an Irkutsk poll");
    }

    @Test
    void aSupportersDeviceHearsOfTheWorkOnTheSupportedAppealAndAWithdrawnSupportersDoesNot() throws InterruptedException {
        String author = elsewhere();
        String supporter = elsewhere();
        String former = elsewhere();
        String authors = Devices.register(author, "ru");
        String supporters = Devices.register(supporter, "ru");
        String formers = Devices.register(former, "en");
        long id = Supporters.onTheMap(author);
        String number = number(author, id);
        Supporters.support(supporter, id).statusCode(201);
        Supporters.support(former, id).statusCode(201);
        Supporters.withdraw(former, id).statusCode(200);
        Supporters.takeAndAnswer(id);

        List<Received> pushes = receiver.await(2, push -> push.token().equals(token(supporters)), WAIT);
        assertEquals(List.of("appeal.taken", "appeal.answered"), pushes.stream().map(Received::type)
                .sorted((a, b) -> order(a) - order(b)).toList(), "the public facts, not the registration before the support");
        Received answered = pushes.stream().filter(push -> push.type().equals("appeal.answered")).findFirst().orElseThrow();
        assertEquals("Обращение " + number + ", которое вы поддержали: дан ответ",
                answered.json().getJsonObject("notification").getString("title"));
        assertEquals(id, answered.json().getJsonObject("data").getLong("aggregateId"));
        assertFalse(answered.body().contains("Яма"), "nothing of the appeal's text in a supporter's push");

        List<Received> authorsPushes = receiver.await(3, push -> push.token().equals(token(authors)), WAIT);
        assertEquals("Ваше обращение " + number + ": дан ответ", authorsPushes.stream()
                .filter(push -> push.type().equals("appeal.answered")).findFirst().orElseThrow()
                .json().getJsonObject("notification").getString("title"));
        Thread.sleep(2000);
        assertEquals(3, receiver.to(token(authors)).size(), "the author hears of each event once, as its author");
        assertEquals(2, receiver.to(token(supporters)).size());
        assertEquals(List.of(), receiver.to(token(formers)), "a withdrawn supporter hears nothing more of it");
    }

    private static int order(String type) {
        return List.of("appeal.registered", "appeal.taken", "appeal.answered").indexOf(type);
    }

    private static String number(String token, long id) {
        return RestAssured.given().auth().oauth2(token).get("/api/v1/appeals/" + id).then().statusCode(200)
                .extract().jsonPath().getString("number");
    }

    private static void awaitDevices(String owner, int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (Devices.list(owner).extract().jsonPath().getList("$").size() != count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        Devices.list(owner).body("$", hasSize(count));
    }
}
