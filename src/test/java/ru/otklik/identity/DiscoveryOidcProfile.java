package ru.otklik.identity;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Tokens validated the way a Keycloak or ESIA gateway deployment does it: {@code quarkus.oidc.auth-server-url}
 * with discovery and JWKS, served here by a WireMock OIDC server.
 */
public class DiscoveryOidcProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus",
                "quarkus.oidc.public-key", "",
                "quarkus.oidc.token.issuer", "https://server.example.com");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
    }
}
