package ru.otklik.shared;

import static ru.otklik.shared.AuthorizationMatrixTest.as;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import ru.otklik.testsupport.Calendars;
import ru.otklik.testsupport.Directory;
import ru.otklik.testsupport.MapAppeals;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Ownership;
import ru.otklik.testsupport.Polls;

/**
 * A valid call of each operation of the matrix, on the things of {@link Ownership}: valid bodies and parameters, so that
 * what decides the outcome is who calls. Calls that change something make their own object first.
 */
final class AuthorizationCalls {

    /** One call as the caller of this token (null: anonymous); its HTTP status. */
    interface Call {
        int status(String token);
    }

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final Map<String, Object> DEVICE = Map.of("platform", "RUSTORE", "token", "matrix-push-token",
            "locale", "ru", "appVersion", "2.14.0");
    /** Where the matrix's appeal on the map is: a spot of its own, away from other tests' appeals. */
    private static final double[] MAP_SPOT = MapAppeals.spot();
    private static Long mapAppeal;

    private AuthorizationCalls() {
    }

    /** A registered pothole of the owner on the public map (supports change no one's access: one serves every row). */
    private static synchronized long mapAppeal(Ownership o) {
        if (mapAppeal == null) {
            mapAppeal = MapAppeals.pothole(o.author, MAP_SPOT[0], MAP_SPOT[1]);
        }
        return mapAppeal;
    }

    static Map<String, Call> of(Ownership o) {
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("GET /api/v1/me", t -> as(t).get("/api/v1/me").statusCode());

        calls.put("GET /api/v1/appeals", t -> as(t).get("/api/v1/appeals").statusCode());
        calls.put("POST /api/v1/appeals", t -> json(t, ru.otklik.testsupport.Appeals.pothole("Яма у дома 12, глубокая, колёса бьются"))
                .post("/api/v1/appeals").statusCode());
        calls.put("GET /api/v1/appeals/{id}", t -> as(t).get("/api/v1/appeals/" + o.appeal).statusCode());
        calls.put("GET /api/v1/appeals/{id}/history", t -> as(t).get("/api/v1/appeals/" + o.appeal + "/history").statusCode());
        calls.put("POST /api/v1/appeals/{id}/attachments", t -> as(t).multiPart("file", "photo.png", PNG, "image/png")
                .post("/api/v1/appeals/" + o.fresh("submittedAppeal", o::submittedAppeal) + "/attachments").statusCode());
        calls.put("GET /api/v1/appeals/{id}/attachments/{attachmentId}",
                t -> as(t).get("/api/v1/appeals/" + o.appeal + "/attachments/" + o.attachment).statusCode());
        calls.put("GET /api/v1/appeals/{id}/attachments/{attachmentId}/thumbnail",
                t -> as(t).get("/api/v1/appeals/" + o.appeal + "/attachments/" + o.attachment + "/thumbnail").statusCode());
        calls.put("POST /api/v1/appeals/{id}/moderate", t -> json(t, Map.of("decision", "APPROVE"))
                .post("/api/v1/appeals/" + o.fresh("submittedAppeal", o::submittedAppeal) + "/moderate").statusCode());
        calls.put("POST /api/v1/appeals/{id}/take", t -> as(t).post("/api/v1/appeals/" + o.fresh("registeredAppeal", o::registeredAppeal) + "/take").statusCode());
        calls.put("POST /api/v1/appeals/{id}/answer", t -> json(t, Map.of("text", "Яма будет заделана до конца месяца силами подрядчика."))
                .post("/api/v1/appeals/" + o.fresh("appealInProgress", o::appealInProgress) + "/answer").statusCode());
        calls.put("POST /api/v1/appeals/{id}/redirect", t -> json(t, Map.of("organisationId", o.yId, "reason", "Дорога в ведении Ангарска"))
                .post("/api/v1/appeals/" + o.fresh("appealInProgress", o::appealInProgress) + "/redirect").statusCode());
        calls.put("POST /api/v1/appeals/{id}/extend", t -> json(t, Map.of("days", 5, "reason", "Нужна проверка на месте"))
                .post("/api/v1/appeals/" + o.fresh("appealInProgress", o::appealInProgress) + "/extend").statusCode());
        calls.put("POST /api/v1/appeals/{id}/withdraw", t -> json(t, Map.of("reason", "Яму уже заделали"))
                .post("/api/v1/appeals/" + o.fresh("registeredAppeal", o::registeredAppeal) + "/withdraw").statusCode());
        calls.put("POST /api/v1/appeals/{id}/rate", t -> json(t, Map.of("rating", 5))
                .post("/api/v1/appeals/" + o.fresh("answeredAppeal", o::answeredAppeal) + "/rate").statusCode());
        calls.put("POST /api/v1/appeals/{id}/reopen", t -> json(t, Map.of("reason", "Яму так и не заделали"))
                .post("/api/v1/appeals/" + o.fresh("answeredAppeal", o::answeredAppeal) + "/reopen").statusCode());

        calls.put("GET /api/v1/appeals/nearby", t -> as(t).queryParam("lat", MAP_SPOT[0]).queryParam("lon", MAP_SPOT[1])
                .queryParam("radius", 500).get("/api/v1/appeals/nearby").statusCode());
        calls.put("GET /api/v1/appeals/nearby/similar", t -> as(t).queryParam("category", Directory.categoryId("roads.potholes"))
                .queryParam("lat", MAP_SPOT[0]).queryParam("lon", MAP_SPOT[1]).queryParam("text", "яма на дороге")
                .get("/api/v1/appeals/nearby/similar").statusCode());
        calls.put("POST /api/v1/appeals/{id}/supporters", t -> as(t).post("/api/v1/appeals/" + mapAppeal(o) + "/supporters").statusCode());
        calls.put("DELETE /api/v1/appeals/{id}/supporters/me",
                t -> as(t).delete("/api/v1/appeals/" + mapAppeal(o) + "/supporters/me").statusCode());

        calls.put("GET /api/v1/calendar/{year}", t -> as(t).get("/api/v1/calendar/2026").statusCode());
        calls.put("PUT /api/v1/calendar/{year}", t -> json(t, Calendars.provisional(2040)).put("/api/v1/calendar/2040").statusCode());

        calls.put("GET /api/v1/categories", t -> as(t).get("/api/v1/categories").statusCode());
        calls.put("GET /api/v1/categories/{id}", t -> as(t).get("/api/v1/categories/" + o.category).statusCode());
        calls.put("POST /api/v1/categories", t -> json(t, o.categoryBody()).post("/api/v1/categories").statusCode());
        calls.put("PUT /api/v1/categories/{id}", t -> json(t, o.categoryBody()).put("/api/v1/categories/" + o.fresh("category", o::category)).statusCode());
        calls.put("DELETE /api/v1/categories/{id}", t -> as(t).delete("/api/v1/categories/" + o.fresh("category", o::category)).statusCode());

        calls.put("GET /api/v1/organisations", t -> as(t).get("/api/v1/organisations").statusCode());
        calls.put("GET /api/v1/organisations/{id}", t -> as(t).get("/api/v1/organisations/" + o.organisation).statusCode());
        calls.put("GET /api/v1/organisations/{id}/children", t -> as(t).get("/api/v1/organisations/" + o.xId + "/children").statusCode());
        calls.put("POST /api/v1/organisations", t -> json(t, o.organisationBody()).post("/api/v1/organisations").statusCode());
        calls.put("PUT /api/v1/organisations/{id}", t -> json(t, o.organisationBody()).put("/api/v1/organisations/" + o.fresh("organisation", o::organisation)).statusCode());
        calls.put("DELETE /api/v1/organisations/{id}", t -> as(t).delete("/api/v1/organisations/" + o.fresh("organisation", o::organisation)).statusCode());

        calls.put("GET /api/v1/routing", t -> as(t).queryParam("category", Directory.categoryId("roads.potholes")).queryParam("oktmo", "25701000001")
                .get("/api/v1/routing").statusCode());
        calls.put("GET /api/v1/routing-rules", t -> as(t).get("/api/v1/routing-rules").statusCode());
        calls.put("GET /api/v1/routing-rules/{id}", t -> as(t).get("/api/v1/routing-rules/" + o.rule).statusCode());
        calls.put("POST /api/v1/routing-rules", t -> json(t, o.ruleBody()).post("/api/v1/routing-rules").statusCode());
        calls.put("DELETE /api/v1/routing-rules/{id}", t -> as(t).delete("/api/v1/routing-rules/" + o.fresh("rule", o::rule)).statusCode());

        calls.put("GET /api/v1/polls", t -> as(t).get("/api/v1/polls").statusCode());
        calls.put("POST /api/v1/polls", t -> json(t, o.pollBody()).post("/api/v1/polls").statusCode());
        calls.put("GET /api/v1/polls/{id}", t -> as(t).get("/api/v1/polls/" + o.draftPoll).statusCode());
        calls.put("PUT /api/v1/polls/{id}", t -> json(t, o.pollBody()).put("/api/v1/polls/" + o.fresh("draftPoll", o::draftPoll)).statusCode());
        calls.put("POST /api/v1/polls/{id}/publish", t -> as(t).post("/api/v1/polls/" + o.fresh("draftPoll", o::draftPoll) + "/publish").statusCode());
        calls.put("POST /api/v1/polls/{id}/close", t -> as(t).post("/api/v1/polls/" + o.fresh("publishedPoll", o::publishedPoll) + "/close").statusCode());
        calls.put("POST /api/v1/polls/{id}/ballots", t -> json(t, Map.of("answers", Polls.choose(1)))
                .post("/api/v1/polls/" + o.publishedPoll + "/ballots").statusCode());
        calls.put("GET /api/v1/polls/{id}/results", t -> as(t).get("/api/v1/polls/" + o.draftPoll + "/results").statusCode());

        calls.put("GET /api/v1/discussions", t -> as(t).get("/api/v1/discussions").statusCode());
        calls.put("POST /api/v1/discussions", t -> json(t, o.discussionBody()).post("/api/v1/discussions").statusCode());
        calls.put("GET /api/v1/discussions/{id}", t -> as(t).get("/api/v1/discussions/" + o.discussion).statusCode());
        calls.put("POST /api/v1/discussions/{id}/close", t -> json(t, Map.of("summary", "Предложения учтены в проекте"))
                .post("/api/v1/discussions/" + o.fresh("discussion", o::discussion) + "/close").statusCode());
        calls.put("GET /api/v1/discussions/{id}/comments", t -> as(t).get("/api/v1/discussions/" + o.discussion + "/comments").statusCode());
        calls.put("POST /api/v1/discussions/{id}/comments", t -> json(t, Map.of("text", "Нужны ещё фонари вдоль дорожек сквера"))
                .post("/api/v1/discussions/" + o.discussion + "/comments").statusCode());
        calls.put("GET /api/v1/discussions/{id}/comments/{commentId}",
                t -> as(t).get("/api/v1/discussions/" + o.discussion + "/comments/" + o.comment).statusCode());
        calls.put("GET /api/v1/discussions/{id}/comments/{commentId}/replies",
                t -> as(t).get("/api/v1/discussions/" + o.discussion + "/comments/" + o.comment + "/replies").statusCode());
        calls.put("POST /api/v1/comments/{id}/edit", t -> json(t, Map.of("text", "Предлагаю поставить больше скамеек и урн"))
                .post("/api/v1/comments/" + o.fresh("comment", o::comment) + "/edit").statusCode());
        calls.put("POST /api/v1/comments/{id}/delete", t -> as(t).post("/api/v1/comments/" + o.fresh("comment", o::comment) + "/delete").statusCode());
        calls.put("POST /api/v1/comments/{id}/moderate", t -> json(t, Map.of("decision", "HIDE", "reason", "OFF_TOPIC"))
                .post("/api/v1/comments/" + o.fresh("comment", o::comment) + "/moderate").statusCode());
        calls.put("POST /api/v1/comments/{id}/reactions", t -> json(t, Map.of("reaction", "LIKE"))
                .post("/api/v1/comments/" + o.fresh("comment", o::comment) + "/reactions").statusCode());
        calls.put("DELETE /api/v1/comments/{id}/reactions", t -> as(t).delete("/api/v1/comments/" + o.fresh("comment", o::comment) + "/reactions").statusCode());
        calls.put("GET /api/v1/comments/moderation-queue", t -> as(t).get("/api/v1/comments/moderation-queue").statusCode());

        calls.put("GET /api/v1/stats/appeals", t -> as(t).queryParam("from", "2026-01-01").queryParam("to", "2026-12-31").get("/api/v1/stats/appeals").statusCode());
        calls.put("GET /api/v1/stats/appeals/summary", t -> as(t).queryParam("year", 2026).get("/api/v1/stats/appeals/summary").statusCode());

        calls.put("GET /api/v1/partners", t -> as(t).get("/api/v1/partners").statusCode());
        calls.put("GET /api/v1/partners/{id}", t -> as(t).get("/api/v1/partners/" + o.partnerId).statusCode());
        calls.put("POST /api/v1/partners", t -> json(t, o.partnerBody()).post("/api/v1/partners").statusCode());
        calls.put("PUT /api/v1/partners/{id}", t -> json(t, o.partnerBody()).put("/api/v1/partners/" + o.fresh("partnerRegistration", o::partnerRegistration)).statusCode());
        calls.put("DELETE /api/v1/partners/{id}", t -> as(t).delete("/api/v1/partners/" + o.fresh("partnerRegistration", o::partnerRegistration)).statusCode());

        calls.put("GET /api/v1/webhooks", t -> as(t).get("/api/v1/webhooks").statusCode());
        calls.put("POST /api/v1/webhooks", t -> json(t, webhookBody(o, t)).post("/api/v1/webhooks").statusCode());
        calls.put("GET /api/v1/webhooks/{id}", t -> as(t).get("/api/v1/webhooks/" + o.subscription).statusCode());
        calls.put("PUT /api/v1/webhooks/{id}", t -> json(t, webhookBody(o, t)).put("/api/v1/webhooks/" + o.fresh("subscription", o::subscription)).statusCode());
        calls.put("DELETE /api/v1/webhooks/{id}", t -> as(t).delete("/api/v1/webhooks/" + o.fresh("subscription", o::subscription)).statusCode());
        calls.put("GET /api/v1/webhooks/{id}/deliveries", t -> as(t).get("/api/v1/webhooks/" + o.subscription + "/deliveries").statusCode());
        calls.put("POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/replay",
                t -> as(t).post("/api/v1/webhooks/" + o.subscription + "/deliveries/" + o.delivery + "/replay").statusCode());
        calls.put("POST /api/v1/webhooks/{id}/replay", t -> json(t, o.replayBody())
                .post("/api/v1/webhooks/" + o.fresh("subscription", o::subscription) + "/replay").statusCode());
        calls.put("POST /api/v1/webhooks/{id}/rotate-secret", t -> as(t).post("/api/v1/webhooks/" + o.fresh("subscription", o::subscription) + "/rotate-secret").statusCode());

        calls.put("GET /api/v1/events/stream", AuthorizationCalls::stream);

        calls.put("GET /open311/v2/discovery.{format}", t -> as(t).get("/open311/v2/discovery.json").statusCode());
        calls.put("GET /open311/v2/services.{format}", t -> as(t).get("/open311/v2/services.json").statusCode());
        calls.put("GET /open311/v2/services/{code}.{format}", t -> as(t).get("/open311/v2/services/roads.potholes.json").statusCode());
        calls.put("GET /open311/v2/requests.{format}", t -> as(t).get("/open311/v2/requests.json").statusCode());
        calls.put("GET /open311/v2/requests/{id}.{format}", t -> as(t).get("/open311/v2/requests/" + o.appeal + ".json").statusCode());
        calls.put("POST /open311/v2/requests.{format}", t -> as(t).contentType(ContentType.URLENC)
                .formParam("service_code", "roads.potholes").formParam("lat", "52.287").formParam("long", "104.281")
                .formParam("address_string", "г. Иркутск, ул. Ленина, 12")
                .formParam("description", "Яма на проезжей части у дома 12, глубокая")
                .formParam("first_name", "Иван").formParam("last_name", "Петров").formParam("phone", "+79001234567")
                .post("/open311/v2/requests.json").statusCode());

        calls.put("GET /api/v1/me/devices", t -> as(t).get("/api/v1/me/devices").statusCode());
        calls.put("PUT /api/v1/me/devices/{installationId}", t -> json(t, DEVICE).put("/api/v1/me/devices/" + Numbers.oid()).statusCode());
        calls.put("DELETE /api/v1/me/devices/{installationId}", t -> {
            // the owner's device, made anew for each caller: the owner's own call removes it
            String installation = "owned-" + Numbers.oid();
            json(o.author, DEVICE).put("/api/v1/me/devices/" + installation).then().statusCode(200);
            return as(t).delete("/api/v1/me/devices/" + installation).statusCode();
        });
        calls.put("GET /api/v1/sync", t -> as(t).get("/api/v1/sync").statusCode());
        calls.put("GET /api/v1/audit", t -> as(t).get("/api/v1/audit").statusCode());

        calls.put("GET /dev/tokens", t -> as(t).get("/dev/tokens").statusCode());
        calls.put("GET /dev/tokens/{persona}", t -> as(t).get("/dev/tokens/trusted-citizen").statusCode());
        calls.put("POST /dev/tokens", t -> json(t, Map.of("sub", "7100000099")).post("/dev/tokens").statusCode());
        return calls;
    }

    private static io.restassured.specification.RequestSpecification json(String token, Object body) {
        return as(token).contentType(ContentType.JSON).body(body);
    }

    /** An administrator manages any partner's subscriptions and names the partner; a partner subscribes for itself. */
    private static Map<String, Object> webhookBody(Ownership o, String token) {
        Map<String, Object> body = new LinkedHashMap<>(o.subscriptionBody());
        if (token != null && token.equals(AuthorizationMatrixTest.token("admin"))) {
            body.put("partnerId", o.partnerId);
        }
        return body;
    }

    /** An event stream is judged by its status: it is never read to its end. */
    private static int stream(String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                + "/api/v1/events/stream")).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<java.io.InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("The stream did not answer", e);
        }
    }
}
