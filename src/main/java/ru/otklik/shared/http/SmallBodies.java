package ru.otklik.shared.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import ru.otklik.shared.config.OtklikConfig;

/**
 * Compression (gzip, deflate: {@code quarkus.http.enable-compression}) pays only for bodies of some size: a small
 * JSON answer grows by gzip's header and costs a compressor for nothing. Vert.x 4.5 has no size threshold, so a body
 * whose length is known and below {@code otklik.wire.compress-above} is marked {@code identity}, which the
 * compressor leaves alone (and removes).
 */
@ApplicationScoped
public class SmallBodies {

    private final long threshold;

    public SmallBodies(OtklikConfig config) {
        this.threshold = config.wire().compressAbove().asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            HttpServerResponse response = context.response();
            context.addHeadersEndHandler(ignored -> {
                String length = response.headers().get(HttpHeaders.CONTENT_LENGTH);
                if (length != null && !response.headers().contains(HttpHeaders.CONTENT_ENCODING) && small(length)) {
                    response.headers().set(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
                }
            });
            context.next();
        });
    }

    private boolean small(String length) {
        try {
            return Long.parseLong(length.strip()) < threshold;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
