package ru.otklik.push.service;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import ru.otklik.shared.config.OtklikConfig;

/**
 * A generic HTTP push gateway (the platform's own relay to FCM, HMS, RuStore and APNs, or a vendor's): each push is
 * a JSON POST to the configured URL with {@code Authorization: Bearer <secret>}. A 2xx is sent, unless its body says
 * {@code "error": "unregistered"}; a 404 or 410 (or that body with any status) means the token is dead; a 5xx, a 429,
 * a timeout or a failed connection may pass later; any other answer will not. Redirects are not followed.
 */
public class HttpPushGateway implements PushGateway {

    private final WebClient client;
    private final URI url;
    private final String secret;
    private final long timeoutMillis;
    private final ObjectMapper json;

    public HttpPushGateway(Vertx vertx, OtklikConfig.Gateway settings, ObjectMapper json) {
        this.url = settings.url().orElseThrow(() -> new IllegalStateException(
                "otklik.push.gateway=HTTP needs otklik.push.http.url"));
        this.secret = settings.secret().orElseThrow(() -> new IllegalStateException(
                "otklik.push.gateway=HTTP needs otklik.push.http.secret"));
        this.timeoutMillis = settings.connectTimeout().plus(settings.readTimeout()).toMillis();
        this.json = json;
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setFollowRedirects(false)
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setUserAgent("Otklik-Push/1.0"));
    }

    void close() {
        client.close();
    }

    @Override
    public Uni<Outcome> send(Message message) {
        return client.postAbs(url.toString())
                .timeout(timeoutMillis)
                .putHeader("content-type", "application/json")
                .putHeader("authorization", "Bearer " + secret)
                .sendBuffer(Buffer.buffer(body(message)))
                .map(this::outcome)
                .onFailure().recoverWithItem(failure -> new Outcome(Verdict.RETRY, null, reason(failure)));
    }

    private String body(Message message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("installationId", message.installationId());
        body.put("platform", message.platform());
        body.put("token", message.token());
        body.put("locale", message.locale());
        body.put("notification", Map.of("title", message.title()));
        body.put("data", message.data());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a push", e);
        }
    }

    private Outcome outcome(HttpResponse<Buffer> response) {
        int status = response.statusCode();
        if (status == 404 || status == 410 || saysUnregistered(response.bodyAsString())) {
            return new Outcome(Verdict.UNREGISTERED, status, "unregistered");
        }
        if (status >= 200 && status < 300) {
            return Outcome.sent(status);
        }
        return new Outcome(status >= 500 || status == 429 ? Verdict.RETRY : Verdict.DEAD, status, null);
    }

    private boolean saysUnregistered(String body) {
        if (body == null || !body.contains("unregistered")) {
            return false;
        }
        try {
            JsonNode answer = json.readTree(body);
            return answer != null && "unregistered".equals(answer.path("error").asText(null));
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause instanceof io.netty.channel.ConnectTimeoutException) {
                return "timeout";
            }
        }
        return "connection";
    }
}
