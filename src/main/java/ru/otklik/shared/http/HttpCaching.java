package ru.otklik.shared.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.otklik.shared.config.OtklikConfig;

/**
 * Conditional reads for {@link HttpCache} methods: mobile clients on slow networks ask "has it changed?" and get an
 * empty 304 when it has not. The ETag of a versioned body is its version (the same tag {@code If-Match} takes); other
 * bodies are tagged by a digest of their JSON, so equal bodies have equal tags on every instance. Only 200 answers
 * to GET are touched: problems and writes keep the global {@code Cache-Control: no-store}.
 */
@ApplicationScoped
public class HttpCaching {

    static final String VARY_PUBLIC = "Accept-Encoding";
    static final String VARY_PRIVATE = "Authorization, Accept-Language, Accept-Encoding";

    private final ObjectMapper json;
    private final String publicControl;

    public HttpCaching(ObjectMapper json, OtklikConfig config) {
        this.json = json;
        this.publicControl = "public, max-age=" + config.wire().publicMaxAge().toSeconds();
    }

    @ServerResponseFilter
    public void filter(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        // no resource at all when none matched the request (a 415 for a body type no method consumes)
        HttpCache cache = resource == null || resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(HttpCache.class);
        if (cache == null || response.getStatus() != 200 || !response.hasEntity()
                || !HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())) {
            return;
        }
        Object tag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        String etag = tag != null ? tag.toString() : "\"" + digest(response.getEntity()) + "\"";
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        boolean shared = cache.value() == HttpCache.Scope.PUBLIC;
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, shared ? publicControl : "private, no-cache");
        response.getHeaders().putSingle(HttpHeaders.VARY, shared ? VARY_PUBLIC : VARY_PRIVATE);
        if (ETags.matchesAny(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private String digest(Object body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(body));
            // 128 bits tell bodies apart well enough for a validator, in fewer characters
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 16));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot tag a response body", e);
        }
    }
}
