package ru.otklik.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import ru.otklik.testsupport.IsolatedDatabase;
import ru.otklik.testsupport.OpenApiFuzzer;
import ru.otklik.testsupport.Ownership;
import ru.otklik.testsupport.Tokens;

/**
 * Who may do what, for every operation of the OpenAPI document and every kind of caller, on things that belong to
 * someone else: the table below is the authorization rules of the API in one place. A new operation without a row
 * fails the test by name, so nobody adds an endpoint without saying who may call it.
 * <p>
 * Columns: {@code anon} no token; {@code cit} a simple (untrusted) citizen; {@code A} the confirmed citizen who owns
 * the citizen's things (filed the appeal, wrote the comment); {@code oth} another confirmed citizen; {@code offX},
 * {@code admX} an official and an org admin of X (Администрация г. Иркутска), which handles A's appeal and owns the
 * polls and the discussion; {@code offY} an official of Y (Ангарск, outside X's subtree); {@code oper}, {@code mod},
 * {@code admin} the platform roles; {@code P} a partner registered for X, owner of the webhook subscription;
 * {@code Q} a partner registered for Y.
 * <p>
 * Outcomes: {@code ok} any 2xx; {@code 401}, {@code 403}, {@code 404} exactly that; {@code 409} where the owner is
 * refused by a rule rather than by who they are (supporting one's own appeal; withdrawing a support one never gave is
 * a 200 like any repeated withdrawal). The objects are set up so that an
 * allowed call succeeds: a call that changes something gets a fresh object for each persona.
 */
@QuarkusTest
@TestProfile(AuthorizationMatrixTest.OwnDatabase.class)
class AuthorizationMatrixTest {

    /**
     * A database of its own, apart from the fuzz test's too: the fuzzer, acting as an administrator, deletes and
     * renames the categories and organisations the matrix's things are made of.
     */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(IsolatedDatabase.class));
        }
    }


    private static final String TABLE = """
            #                                                           anon cit A   oth offX admX offY oper mod admin P   Q
            GET    /api/v1/me                                           401  ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            GET    /api/v1/appeals                                      401  ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            POST   /api/v1/appeals                                      401  403 ok  ok  ok   ok   ok   ok   ok  ok    403 403
            GET    /api/v1/appeals/{id}                                 401  404 ok  404 ok   ok   404  404  ok  404   ok  404
            GET    /api/v1/appeals/{id}/history                         401  404 ok  404 ok   ok   404  404  ok  404   ok  404
            POST   /api/v1/appeals/{id}/attachments                     401  404 ok  404 404  404  404  404  403 404   404 404
            GET    /api/v1/appeals/{id}/attachments/{attachmentId}      401  404 ok  404 ok   ok   404  404  ok  404   ok  404
            GET    /api/v1/appeals/{id}/attachments/{attachmentId}/thumbnail 401 404 ok 404 ok ok 404 404  ok  404   ok  404
            POST   /api/v1/appeals/{id}/moderate                        401  404 403 404 404  404  404  404  ok  404   404 404
            POST   /api/v1/appeals/{id}/take                            401  404 403 404 ok   ok   404  404  403 404   403 404
            POST   /api/v1/appeals/{id}/answer                          401  404 403 404 ok   ok   404  404  403 404   403 404
            POST   /api/v1/appeals/{id}/redirect                        401  404 403 404 ok   ok   404  404  403 404   403 404
            POST   /api/v1/appeals/{id}/extend                          401  404 403 404 ok   ok   404  404  403 404   403 404
            POST   /api/v1/appeals/{id}/withdraw                        401  404 ok  404 403  403  404  404  403 404   403 404
            POST   /api/v1/appeals/{id}/rate                            401  404 ok  404 403  403  404  404  403 404   403 404
            POST   /api/v1/appeals/{id}/reopen                          401  404 ok  404 403  403  404  404  403 404   403 404
            GET    /api/v1/appeals/nearby                               ok   ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            GET    /api/v1/appeals/nearby/similar                       401  ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            POST   /api/v1/appeals/{id}/supporters                      401  ok  409 ok  ok   ok   ok   ok   ok  ok    ok  ok
            DELETE /api/v1/appeals/{id}/supporters/me                   401  ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            GET    /api/v1/calendar/{year}                              ok   ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            PUT    /api/v1/calendar/{year}                              401  403 403 403 403  403  403  403  403 ok    403 403
            GET    /api/v1/categories                                   ok   ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            GET    /api/v1/categories/{id}                              ok   ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            POST   /api/v1/categories                                   401  403 403 403 403  403  403  403  403 ok    403 403
            PUT    /api/v1/categories/{id}                              401  403 403 403 403  403  403  403  403 ok    403 403
            DELETE /api/v1/categories/{id}                              401  403 403 403 403  403  403  403  403 ok    403 403
            GET    /api/v1/organisations                                ok   ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            GET    /api/v1/organisations/{id}                           ok   ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            GET    /api/v1/organisations/{id}/children                  ok   ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            POST   /api/v1/organisations                                401  403 403 403 403  403  403  403  403 ok    403 403
            PUT    /api/v1/organisations/{id}                           401  403 403 403 403  403  403  403  403 ok    403 403
            DELETE /api/v1/organisations/{id}                           401  403 403 403 403  403  403  403  403 ok    403 403
            GET    /api/v1/routing                                      ok   ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            GET    /api/v1/routing-rules                                401  403 403 403 403  403  403  403  403 ok    403 403
            GET    /api/v1/routing-rules/{id}                           401  403 403 403 403  403  403  403  403 ok    403 403
            POST   /api/v1/routing-rules                                401  403 403 403 403  403  403  403  403 ok    403 403
            DELETE /api/v1/routing-rules/{id}                           401  403 403 403 403  403  403  403  403 ok    403 403
            GET    /api/v1/polls                                        ok   ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            POST   /api/v1/polls                                        401  403 403 403 ok   ok   403  403  403 403   403 403
            GET    /api/v1/polls/{id}                                   404  404 404 404 ok   ok   404  404  404 404   404 404
            PUT    /api/v1/polls/{id}                                   401  404 404 404 ok   ok   404  404  404 404   404 404
            POST   /api/v1/polls/{id}/publish                           401  404 404 404 ok   ok   404  404  404 404   404 404
            POST   /api/v1/polls/{id}/close                             401  403 403 403 ok   ok   403  403  403 403   403 403
            POST   /api/v1/polls/{id}/ballots                           401  403 ok  ok  ok   ok   ok   ok   ok  ok    403 403
            GET    /api/v1/polls/{id}/results                           404  404 404 404 ok   ok   404  404  404 404   404 404
            GET    /api/v1/discussions                                  ok   ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            POST   /api/v1/discussions                                  401  403 403 403 ok   ok   403  403  403 403   403 403
            GET    /api/v1/discussions/{id}                             ok   ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            POST   /api/v1/discussions/{id}/close                       401  403 403 403 ok   ok   403  403  403 403   403 403
            GET    /api/v1/discussions/{id}/comments                    ok   ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            POST   /api/v1/discussions/{id}/comments                    401  ok  ok  ok  ok   ok   ok   ok   ok  ok    403 403
            GET    /api/v1/discussions/{id}/comments/{commentId}        ok   ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            GET    /api/v1/discussions/{id}/comments/{commentId}/replies ok  ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            POST   /api/v1/comments/{id}/edit                           401  403 ok  403 403  403  403  403  403 403   403 403
            POST   /api/v1/comments/{id}/delete                         401  403 ok  403 403  403  403  403  403 403   403 403
            POST   /api/v1/comments/{id}/moderate                       401  403 403 403 403  ok   403  403  ok  403   403 403
            POST   /api/v1/comments/{id}/reactions                      401  ok  ok  ok  ok   ok   ok   ok   ok  ok    403 403
            DELETE /api/v1/comments/{id}/reactions                      401  ok  ok  ok  ok   ok   ok   ok   ok  ok    403 403
            GET    /api/v1/comments/moderation-queue                    401  403 403 403 403  ok   403  403  ok  403   403 403
            GET    /api/v1/stats/appeals                                ok   ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            GET    /api/v1/stats/appeals/summary                        ok   ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            GET    /api/v1/partners                                     401  403 403 403 403  403  403  403  403 ok    403 403
            GET    /api/v1/partners/{id}                                401  403 403 403 403  403  403  403  403 ok    403 403
            POST   /api/v1/partners                                     401  403 403 403 403  403  403  403  403 ok    403 403
            PUT    /api/v1/partners/{id}                                401  403 403 403 403  403  403  403  403 ok    403 403
            DELETE /api/v1/partners/{id}                                401  403 403 403 403  403  403  403  403 ok    403 403
            GET    /api/v1/webhooks                                     401  403 403 403 403  403  403  403  403 ok    ok  ok
            POST   /api/v1/webhooks                                     401  403 403 403 403  403  403  403  403 ok    ok  ok
            GET    /api/v1/webhooks/{id}                                401  403 403 403 403  403  403  403  403 ok    ok  404
            PUT    /api/v1/webhooks/{id}                                401  403 403 403 403  403  403  403  403 ok    ok  404
            DELETE /api/v1/webhooks/{id}                                401  403 403 403 403  403  403  403  403 ok    ok  404
            GET    /api/v1/webhooks/{id}/deliveries                     401  403 403 403 403  403  403  403  403 ok    ok  404
            POST   /api/v1/webhooks/{id}/deliveries/{deliveryId}/replay 401  403 403 403 403  403  403  403  403 ok    ok  404
            POST   /api/v1/webhooks/{id}/replay                         401  403 403 403 403  403  403  403  403 ok    ok  404
            POST   /api/v1/webhooks/{id}/rotate-secret                  401  403 403 403 403  403  403  403  403 ok    ok  404
            GET    /api/v1/events/stream                                401  ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            GET    /open311/v2/discovery.{format}                       ok   ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            GET    /open311/v2/services.{format}                        ok   ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            GET    /open311/v2/services/{code}.{format}                 ok   ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            GET    /open311/v2/requests.{format}                        ok   ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            GET    /open311/v2/requests/{id}.{format}                   404  404 ok  404 ok   ok   404  404  ok  404   ok  404
            POST   /open311/v2/requests.{format}                        403  403 ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            GET    /api/v1/me/devices                                   401  ok  ok  ok  ok   ok   ok   ok   ok  ok    403 403
            PUT    /api/v1/me/devices/{installationId}                  401  ok  ok  ok  ok   ok   ok   ok   ok  ok    403 403
            DELETE /api/v1/me/devices/{installationId}                  401  404 ok  404 404  404  404  404  404 404   403 403
            GET    /api/v1/sync                                         401  ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            GET    /api/v1/audit                                        401  403 403 403 403  403  403  403  403 ok    403 403
            GET    /dev/tokens                                          ok   ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            GET    /dev/tokens/{persona}                                ok   ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            POST   /dev/tokens                                          ok   ok  ok  ok  ok   ok   ok   ok   ok  ok    ok  ok
            """;

    private static Ownership owned;
    private static Map<String, String> tokens;

    /** Made at the first test rather than in a {@code @BeforeAll}: the application is up by then. */
    private static void makeThingsThatBelongToSomeone() {
        if (owned != null) {
            return;
        }
        owned = new Ownership();
        tokens = new LinkedHashMap<>();
        tokens.put("anon", null);
        tokens.put("cit", Tokens.citizen("7100000002"));
        tokens.put("A", owned.author);
        tokens.put("oth", Tokens.trustedCitizen("7100000003"));
        tokens.put("offX", owned.officialOfX());
        tokens.put("admX", owned.orgAdminOfX());
        tokens.put("offY", Tokens.official("7100000013", Ownership.Y));
        tokens.put("oper", Tokens.operator());
        tokens.put("mod", Tokens.moderator());
        tokens.put("admin", Tokens.admin());
        tokens.put("P", owned.partner());
        tokens.put("Q", owned.otherPartner());
    }

    @AfterAll
    static void stopReceiver() {
        if (owned != null) {
            owned.close();
        }
    }

    @Test
    void everyOperationOfTheDocumentHasARowAndEveryRowAnOperation() {
        makeThingsThatBelongToSomeone();
        JsonNode document = OpenApiFuzzer.parse(given().accept("application/json").get("/q/openapi?format=json").asString());
        Set<String> documented = new TreeSet<>();
        new OpenApiFuzzer(document, 0, Map.of()).operations().forEach(operation -> documented.add(operation.name()));
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(rows().keySet());
        assertEquals(Set.of(), missing, "operations without a row in the authorization matrix: say who may call them");
        Set<String> stale = new TreeSet<>(rows().keySet());
        stale.removeAll(documented);
        assertEquals(Set.of(), stale, "rows of operations the document no longer has");
        Set<String> unreachable = new TreeSet<>(rows().keySet());
        unreachable.removeAll(AuthorizationCalls.of(owned).keySet());
        assertEquals(Set.of(), unreachable, "rows without a call to make");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void everyPersonaGetsWhatTheTableSaysOnSomeoneElsesThings(String operation) {
        makeThingsThatBelongToSomeone();
        List<String> expected = rows().get(operation);
        AuthorizationCalls.Call call = AuthorizationCalls.of(owned).get(operation);
        Assumptions.assumeTrue(call != null, "no call: the first test names it");
        List<String> personas = new ArrayList<>(tokens.keySet());
        List<String> got = new ArrayList<>();
        for (String persona : personas) {
            int status = call.status(tokens.get(persona));
            if (status >= 200 && status < 300) {
                owned.used();
            }
            got.add(status >= 200 && status < 300 ? "ok" : Integer.toString(status));
        }
        assertEquals(line(personas, expected), line(personas, got), operation);
    }

    static List<String> operations() {
        return List.copyOf(rows().keySet());
    }

    private static String line(List<String> personas, List<String> outcomes) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < personas.size(); i++) {
            line.append(personas.get(i)).append('=').append(outcomes.get(i)).append(' ');
        }
        return line.toString().strip();
    }

    /** The table's rows by operation ("METHOD path"), each the outcomes in the order of the persona columns. */
    static Map<String, List<String>> rows() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : TABLE.split("\n")) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] cells = line.strip().split("\\s+");
            List<String> outcomes = Arrays.asList(cells).subList(2, cells.length);
            if (outcomes.size() != 12) {
                throw new IllegalStateException("A row needs 12 outcomes: " + line);
            }
            rows.put(cells[0] + " " + cells[1], outcomes);
        }
        return rows;
    }

    static String token(String persona) {
        return tokens.get(persona);
    }

    static RequestSpecification as(String token) {
        RequestSpecification request = given().redirects().follow(false);
        return token == null ? request : request.auth().oauth2(token);
    }
}
