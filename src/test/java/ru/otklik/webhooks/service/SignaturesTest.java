package ru.otklik.webhooks.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.otklik.testsupport.StandardWebhooks;

/** Signatures as the Standard Webhooks specification defines them, checked against its own example. */
class SignaturesTest {

    @Test
    void theSpecificationsExampleSignsAsTheSpecificationSays() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                Signatures.header(List.of(secret), "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"));
    }

    @Test
    void aSecretIsWhsecAndThirtyTwoRandomBytes() {
        String secret = Signatures.newSecret(new SecureRandom());
        assertTrue(secret.startsWith("whsec_"), secret);
        assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
    }

    @Test
    void duringARotationBothSecretsSignAndEachVerifiesIndependently() {
        String next = Signatures.newSecret(new SecureRandom());
        String previous = Signatures.newSecret(new SecureRandom());
        String header = Signatures.header(List.of(next, previous), "42", 1700000000, "{\"id\":42}");
        assertEquals(2, header.split(" ").length);
        assertTrue(StandardWebhooks.verifies(next, "42", "1700000000", header, "{\"id\":42}", 1700000000));
        assertTrue(StandardWebhooks.verifies(previous, "42", "1700000000", header, "{\"id\":42}", 1700000000));
    }
}
