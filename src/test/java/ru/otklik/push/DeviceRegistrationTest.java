package ru.otklik.push;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.otklik.testsupport.Parallel.inParallel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import ru.otklik.testsupport.Devices;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Partners;
import ru.otklik.testsupport.Tokens;

@QuarkusTest
class DeviceRegistrationTest {

    @Test
    void aPutTwiceIsOneDeviceWithTheLatestTokenAndLanguage() {
        String citizen = Tokens.citizen(Numbers.oid());
        String id = Devices.installationId();
        Devices.put(citizen, id, Devices.device("FCM", "first-token", "ru")).statusCode(200)
                .body("installationId", equalTo(id)).body("platform", equalTo("FCM")).body("locale", equalTo("ru"));
        Devices.put(citizen, id, Devices.device("RUSTORE", "second-token", "en")).statusCode(200)
                .body("platform", equalTo("RUSTORE")).body("locale", equalTo("en"));
        Devices.list(citizen).statusCode(200).body("$", hasSize(1)).body("[0].installationId", equalTo(id))
                .body("[0].locale", equalTo("en"))
                .body("[0]", not(org.hamcrest.Matchers.hasKey("token")));
    }

    @Test
    void parallelFirstRegistrationsOfOneInstallationMakeOneDevice() throws Exception {
        String citizen = Tokens.citizen(Numbers.oid());
        String id = Devices.installationId();
        List<Integer> statuses = inParallel(8,
                () -> Devices.put(citizen, id, Devices.device("HMS", "token-" + id, "ru")).extract().statusCode());
        assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200), statuses);
        Devices.list(citizen).body("$", hasSize(1));
    }

    @Test
    void anInstallationRegisteredByAnotherPersonMovesToTheCaller() {
        String previous = Tokens.citizen(Numbers.oid());
        String current = Tokens.citizen(Numbers.oid());
        String id = Devices.register(previous, "ru");
        Devices.put(current, id, Devices.device("APNS", "apns-token", "ru")).statusCode(200);
        Devices.list(previous).statusCode(200).body("$", hasSize(0));
        Devices.list(current).statusCode(200).body("installationId", hasItem(id));
    }

    @Test
    void aPersonKeepsTheTenMostRecentlyRegisteredInstallations() {
        String citizen = Tokens.citizen(Numbers.oid());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            ids.add(Devices.register(citizen, "ru"));
        }
        Devices.list(citizen).statusCode(200).body("$", hasSize(10)).body("installationId", not(hasItem(ids.get(0))))
                .body("installationId", hasItem(ids.get(10)));
        // registering an old one again makes it the most recent: the next oldest goes instead
        Devices.put(citizen, ids.get(1), Devices.device("FCM", "renewed-token", "ru")).statusCode(200);
        Devices.register(citizen, "ru");
        Devices.list(citizen).body("$", hasSize(10)).body("installationId", hasItem(ids.get(1)))
                .body("installationId", not(hasItem(ids.get(2))));
    }

    @Test
    void aPersonRemovesTheirOwnDeviceButNotSomeoneElses() {
        String owner = Tokens.citizen(Numbers.oid());
        String other = Tokens.citizen(Numbers.oid());
        String id = Devices.register(owner, "ru");
        Devices.remove(other, id).statusCode(404).body("type", equalTo("https://otklik.ru/problems/not-found"));
        Devices.list(owner).body("$", hasSize(1));
        Devices.remove(owner, id).statusCode(204);
        Devices.list(owner).body("$", hasSize(0));
        Devices.remove(owner, id).statusCode(404);
    }

    @Test
    void everyFieldIsValidatedByName() {
        String citizen = Tokens.citizen(Numbers.oid());
        String id = Devices.installationId();
        Map<String, String> wrong = Map.of(
                "platform", "WINDOWS_PHONE",
                "token", "has a space",
                "locale", "de",
                "appVersion", "-1");
        wrong.forEach((field, value) -> {
            Map<String, Object> body = Devices.device("FCM", "good-token", "ru");
            body.put(field, value);
            Devices.put(citizen, id, body).statusCode(400).body("errors.field", hasItem(field));
        });
        for (String field : List.of("platform", "token", "locale", "appVersion")) {
            Map<String, Object> body = Devices.device("FCM", "good-token", "ru");
            body.remove(field);
            Devices.put(citizen, id, body).statusCode(400).body("errors.field", hasItem(field));
        }
        Map<String, Object> tooLong = Devices.device("FCM", "t".repeat(4097), "ru");
        Devices.put(citizen, id, tooLong).statusCode(400).body("errors.field", hasItem("token"));
        Devices.put(citizen, "short", Devices.device("FCM", "good-token", "ru")).statusCode(400)
                .body("errors.field", hasItem("installationId"));
        Devices.remove(citizen, "bad id with spaces").statusCode(400).body("errors.field", hasItem("installationId"));
        Devices.list(citizen).body("$", hasSize(0));
    }

    @Test
    void anonymousCallersAndPartnersRegisterNothing() {
        RestAssured.given().contentType("application/json").body(Devices.device("FCM", "t", "ru"))
                .put("/api/v1/me/devices/" + Devices.installationId()).then().statusCode(401);
        Partners.Tree tree = Partners.tree();
        Devices.put(Partners.registeredToken(tree.parentId()), Devices.installationId(), Devices.device("FCM", "t", "ru"))
                .statusCode(403).body("detail", not(nullValue()));
    }

}
