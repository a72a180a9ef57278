package ru.otklik.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Keycloak realm and the dev signer describe the same people: a walk-through works with either token. Checked on
 * the file, without Keycloak (the end-to-end tests check what Keycloak makes of it).
 */
class KeycloakRealmTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PLATFORM_ROLES = Set.of("OPERATOR", "MODERATOR", "ADMIN", "PARTNER");
    private static JsonNode realm;

    @BeforeAll
    static void read() throws IOException {
        realm = JSON.readTree(Path.of("src/main/keycloak/otklik-realm.json").toFile());
    }

    @Test
    void everyDevPersonaIsAUserWithTheSameClaims() throws IOException {
        for (DevPersona persona : DevPersona.values()) {
            Object clientId = persona.claims().get("client_id");
            if (clientId != null) {
                // a partner is no person: its client with a service account holding the same roles
                JsonNode client = find(realm.get("clients"), "clientId", clientId.toString());
                assertNotNull(client, "no Keycloak client " + clientId + " for " + persona.slug);
                assertTrue(client.get("serviceAccountsEnabled").asBoolean(), persona.slug);
                JsonNode account = find(realm.get("users"), "serviceAccountClientId", clientId.toString());
                assertNotNull(account, "no service account of " + clientId);
                assertEquals(new TreeSet<>(asStrings(persona.claims().get("roles"))), platformRoles(account), persona.slug);
                continue;
            }
            JsonNode user = find(realm.get("users"), "username", persona.slug);
            assertNotNull(user, "no Keycloak user " + persona.slug);
            Map<String, Object> claims = persona.claims();
            JsonNode attributes = user.get("attributes");
            assertEquals(claims.get("urn:esia:sbj_id"), first(attributes, "oid"), persona.slug);
            assertEquals(claims.get("trusted").toString(), first(attributes, "trusted"), persona.slug);
            assertEquals(claims.get("name"), first(attributes, "full_name"), persona.slug);
            assertEquals(claims.get("family_name"), user.get("lastName").asText(), persona.slug);
            assertEquals(claims.get("given_name"), user.get("firstName").asText(), persona.slug);
            assertEquals(claims.get("middle_name"), first(attributes, "middle_name"), persona.slug);
            assertEquals(claims.get("oktmo"), first(attributes, "oktmo"), persona.slug);
            assertEquals(new TreeSet<>(asStrings(claims.get("roles"))), platformRoles(user), persona.slug);
            List<Map<String, String>> organisations = new ArrayList<>();
            for (JsonNode value : attributes.path("orgs")) {
                organisations.add(JSON.readValue(value.asText(), new TypeReference<Map<String, String>>() {
                }));
            }
            assertEquals(claims.get("urn:esia:orgs"), organisations, persona.slug);
        }
    }

    @Test
    void theMobileAppIsAPublicClientWithPkceS256AndTheCodeFlowOnly() {
        JsonNode mobile = find(realm.get("clients"), "clientId", "otklik-mobile");
        assertTrue(mobile.get("publicClient").asBoolean());
        assertTrue(mobile.get("standardFlowEnabled").asBoolean());
        assertFalse(mobile.get("implicitFlowEnabled").asBoolean());
        assertFalse(mobile.get("directAccessGrantsEnabled").asBoolean());
        assertFalse(mobile.get("serviceAccountsEnabled").asBoolean());
        assertEquals("S256", mobile.get("attributes").get("pkce.code.challenge.method").asText());
        assertEquals(List.of("ru.otklik.mobile:/oauth2redirect"), asStrings(mobile.get("redirectUris")));
    }

    @Test
    void everyClientOfThePlatformGetsTheApiAudienceAndThePartnerIsAServiceAccountWithRolePartner() {
        for (String clientId : List.of("otklik-mobile", "otklik-portal", "otklik-partner-demo")) {
            assertTrue(asStrings(find(realm.get("clients"), "clientId", clientId).get("defaultClientScopes"))
                    .contains("otklik-api-audience"), clientId);
        }
        JsonNode partner = find(realm.get("clients"), "clientId", "otklik-partner-demo");
        assertTrue(partner.get("serviceAccountsEnabled").asBoolean());
        assertFalse(partner.get("standardFlowEnabled").asBoolean());
        JsonNode account = find(realm.get("users"), "serviceAccountClientId", "otklik-partner-demo");
        assertEquals(new TreeSet<>(List.of("PARTNER")), platformRoles(account));
    }

    private static Set<String> platformRoles(JsonNode user) {
        Set<String> roles = new TreeSet<>(asStrings(user.get("realmRoles")));
        roles.retainAll(PLATFORM_ROLES);
        return roles;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        return null;
    }

    private static String first(JsonNode attributes, String name) {
        return attributes.get(name).get(0).asText();
    }

    private static List<String> asStrings(Object values) {
        List<String> strings = new ArrayList<>();
        if (values instanceof JsonNode node) {
            node.forEach(v -> strings.add(v.asText()));
        } else if (values instanceof List<?> list) {
            list.forEach(v -> strings.add(v.toString()));
        }
        return strings;
    }
}
