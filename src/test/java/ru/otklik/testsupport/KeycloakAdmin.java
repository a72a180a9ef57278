package ru.otklik.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The admin REST API of the local Keycloak (the dev-only master admin of {@code tools/keycloak/keycloak.sh}): what an
 * operator of the identity provider does while the API keeps running — rotate the realm's signing keys, add a realm,
 * add a client.
 */
public final class KeycloakAdmin {

    public static final String REALM = "otklik";

    private KeycloakAdmin() {
    }

    /** The kid that now signs the realm's RS256 tokens, and the component that holds its key. */
    public record SigningKey(String kid, String providerId, long priority) {
    }

    public static SigningKey activeSigningKey() {
        JsonNode keys = get("/admin/realms/" + REALM + "/keys");
        String kid = keys.get("active").get("RS256").asText();
        for (JsonNode key : keys.get("keys")) {
            if (kid.equals(key.path("kid").asText())) {
                return new SigningKey(kid, key.get("providerId").asText(), key.get("providerPriority").asLong());
            }
        }
        throw new IllegalStateException("The active key " + kid + " is not among the realm's keys");
    }

    /** Adds a generated RSA key above the current one: from now on it signs the realm's tokens. */
    public static void addSigningKeyAbove(SigningKey current) {
        String realmId = get("/admin/realms/" + REALM).get("id").asText();
        send("POST", "/admin/realms/" + REALM + "/components", Map.of(
                "name", "rotated-" + UUID.randomUUID(),
                "providerId", "rsa-generated",
                "providerType", "org.keycloak.keys.KeyProvider",
                "parentId", realmId,
                "config", Map.of(
                        "priority", List.of(Long.toString(current.priority() + 100)),
                        "enabled", List.of("true"),
                        "active", List.of("true"),
                        "algorithm", List.of("RS256"),
                        "keySize", List.of("2048"))));
    }

    /** Removes a key provider: its key is no longer published in the realm's JWKS. */
    public static void removeKey(SigningKey key) {
        send("DELETE", "/admin/realms/" + REALM + "/components/" + key.providerId(), null);
    }

    /** Creates a realm from its representation. */
    public static void createRealm(Map<String, Object> representation) {
        send("POST", "/admin/realms", representation);
    }

    public static void deleteRealm(String realm) {
        send("DELETE", "/admin/realms/" + realm, null);
    }

    /** Creates a client in the otklik realm; returns its internal id. */
    public static String createClient(Map<String, Object> representation) {
        send("POST", "/admin/realms/" + REALM + "/clients", representation);
        return get("/admin/realms/" + REALM + "/clients?clientId=" + representation.get("clientId")).get(0).get("id").asText();
    }

    public static void deleteClient(String id) {
        send("DELETE", "/admin/realms/" + REALM + "/clients/" + id, null);
    }

    static JsonNode get(String path) {
        return new Keycloak.Response(200, send("GET", path, null)).json();
    }

    private static String send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Keycloak.server() + path))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json");
        try {
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(Keycloak.JSON.writeValueAsString(body)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        HttpResponse<String> response = Keycloak.send(request, null);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String adminToken() {
        Keycloak.Response response = Keycloak.token(Keycloak.server() + "/realms/master",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
        if (response.status() != 200) {
            throw new UncheckedIOException(new IOException("No admin token: " + response.body()));
        }
        return response.json().get("access_token").asText();
    }
}
