package ru.otklik.shared.problem;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Bearer tokens are checked before any resource runs (proactive authentication), so a missing signature,
 * an expired, forged, foreign or malformed token fails the HTTP route, not a JAX-RS method. This handler
 * answers those failures with the same 401 problem+json as the REST layer.
 */
@ApplicationScoped
public class AuthenticationFailureHandler {

    private final ProblemFactory problems;
    private final ObjectMapper json;

    public AuthenticationFailureHandler(ProblemFactory problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        Throwable failure = context.failure();
        if (!(failure instanceof AuthenticationFailedException || failure instanceof AuthenticationCompletionException)
                || context.response().headWritten()) {
            context.next();
            return;
        }
        Locale locale = Languages.pick(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = problems.problem(ProblemType.UNAUTHORIZED, 401, locale, context.request().path(),
                "security.invalid-token", null, List.of());
        try {
            context.response()
                    .setStatusCode(401)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.next();
        }
    }
}
