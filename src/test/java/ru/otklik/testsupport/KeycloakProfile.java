package ru.otklik.testsupport;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The API as deployed behind a real identity provider: tokens from the local Keycloak, verified through discovery and
 * JWKS, audience required. Keys are forgotten after two seconds here (ten minutes in production), and verified tokens
 * after two seconds (a minute in production), so that the test of a removed key does not wait for the production
 * times to live.
 */
public class KeycloakProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.jwks.cache-time-to-live", "2S",
                "quarkus.oidc.jwks.clean-up-timer-interval", "1S",
                "otklik.verified-tokens.keep-for", "2S");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakTestResource.class));
    }
}
