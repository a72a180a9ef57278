package ru.otklik.webhooks.service;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.net.SocketAddress;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.ext.web.codec.BodyCodec;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.webhooks.repository.DeliveryStore.Claimed;

/**
 * Sends one delivery: resolves the partner's host and checks every address (SSRF), connects to the checked address
 * (the URL's host still names the server for TLS and {@code Host}), posts the event envelope signed by Standard
 * Webhooks, follows no redirect, and gives up after the connect and read timeouts. The answer's body is not read.
 */
@ApplicationScoped
public class WebhookSender {

    private final WebClient client;
    private final HostResolver resolver;
    private final UrlPolicy policy;
    private final ObjectMapper json;
    private final OtklikConfig.Webhooks settings;

    public WebhookSender(Vertx vertx, HostResolver resolver, ObjectMapper json, OtklikConfig config) {
        this.settings = config.webhooks();
        this.resolver = resolver;
        this.json = json;
        this.policy = new UrlPolicy(settings.allowInsecureUrls());
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setFollowRedirects(false)
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setVerifyHost(true)
                .setForceSni(true)
                .setUserAgent("Otklik-Webhooks/1.0"));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public Uni<Attempt> send(Claimed delivery) {
        URI url;
        try {
            url = policy.parse(delivery.url());
        } catch (UrlPolicy.Refused refused) {
            return Uni.createFrom().item(Attempt.refused("url"));
        }
        return resolver.resolve(url.getHost()).chain(addresses -> {
            if (addresses.isEmpty()) {
                return Uni.createFrom().item(Attempt.failed("dns", 0));
            }
            try {
                policy.check(addresses);
            } catch (UrlPolicy.Refused refused) {
                return Uni.createFrom().item(Attempt.refused("address"));
            }
            return post(url, addresses.get(0), delivery);
        });
    }

    private Uni<Attempt> post(URI url, InetAddress address, Claimed delivery) {
        String body = body(delivery);
        String id = Long.toString(delivery.event().id());
        long timestamp = Instant.now().getEpochSecond();
        long started = System.nanoTime();
        return client.requestAbs(HttpMethod.POST, SocketAddress.inetSocketAddress(UrlPolicy.port(url), address.getHostAddress()),
                url.toString())
                .followRedirects(false)
                .connectTimeout(settings.connectTimeout().toMillis())
                .timeout(settings.connectTimeout().plus(settings.readTimeout()).toMillis())
                .putHeader("content-type", "application/json")
                .putHeader("webhook-id", id)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", Signatures.header(delivery.secrets(), id, timestamp, body))
                .as(BodyCodec.none())
                .sendBuffer(Buffer.buffer(body))
                .map(response -> Attempt.answered(response.statusCode(), response.getHeader("retry-after"),
                        elapsed(started), Instant.now()))
                .onFailure().recoverWithItem(failure -> Attempt.failed(reason(failure), elapsed(started)));
    }

    private String body(Claimed delivery) {
        try {
            return json.writeValueAsString(delivery.event().envelope());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise event " + delivery.event().id(), e);
        }
    }

    private static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return "timeout";
            }
            if (cause instanceof ConnectException) {
                return "connection";
            }
            if (cause instanceof javax.net.ssl.SSLException) {
                return "tls";
            }
        }
        return "connection";
    }

    private static int elapsed(long started) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
    }
}
