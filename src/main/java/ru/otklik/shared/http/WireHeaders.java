package ru.otklik.shared.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import ru.otklik.shared.config.OtklikConfig;

/**
 * The last word on two headers of every answer, as it is about to be written.
 * <ul>
 * <li>{@code Cache-Control: no-store} for everything under {@code /api/} that did not say otherwise: only reads marked
 * {@link HttpCache} do ({@link HttpCaching}); problems, writes and lists of private data never may be kept. Set here
 * rather than by configuration, which would add a second header beside a read's own.</li>
 * <li>Compression (gzip, deflate: {@code quarkus.http.enable-compression}) pays only for bodies of some size: a small
 * JSON answer grows by gzip's header and costs a compressor for nothing. Vert.x 4.5 has no size threshold, so a body
 * whose length is known and below {@code otklik.wire.compress-above} is marked {@code identity}, which the
 * compressor leaves alone (and removes).</li>
 * </ul>
 */
@ApplicationScoped
public class WireHeaders {

    private final long threshold;

    public WireHeaders(OtklikConfig config) {
        this.threshold = config.wire().compressAbove().asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            HttpServerResponse response = context.response();
            boolean api = context.request().path().startsWith("/api/");
            context.addHeadersEndHandler(ignored -> {
                if (api && !response.headers().contains(HttpHeaders.CACHE_CONTROL)) {
                    response.headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
                }
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
