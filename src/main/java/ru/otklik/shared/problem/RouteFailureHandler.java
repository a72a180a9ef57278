package ru.otklik.shared.problem;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Failures that happen before any resource runs, answered with the same problem+json as the REST layer:
 * bearer tokens are checked first (proactive authentication), so a missing signature, an expired, forged,
 * foreign or malformed token fails the HTTP route; and a body over the size limit is refused while it is read.
 */
@ApplicationScoped
public class RouteFailureHandler {

    private final ProblemFactory problems;
    private final ObjectMapper json;
    private final Instance<ErrorFormat> formats;

    public RouteFailureHandler(ProblemFactory problems, ObjectMapper json, Instance<ErrorFormat> formats) {
        this.problems = problems;
        this.json = json;
        this.formats = formats;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        Throwable failure = context.failure();
        Locale locale = Languages.pick(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String path = context.request().path();
        if (failure instanceof AuthenticationFailedException || failure instanceof AuthenticationCompletionException) {
            context.response().putHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            write(context, problems.problem(ProblemType.UNAUTHORIZED, 401, locale, path, "security.invalid-token", null, List.of()));
        } else if (failure == null && context.statusCode() == 413) {
            write(context, problems.problem(ProblemType.PAYLOAD_TOO_LARGE, 413, locale, path, "http.413", null, List.of()));
        } else {
            context.next();
        }
    }

    private void write(RoutingContext context, Problem problem) {
        String path = context.request().path();
        for (ErrorFormat format : formats) {
            if (format.owns(path)) {
                ErrorFormat.Body body = format.render(problem, path);
                context.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, body.mediaType())
                        .end(body.content());
                return;
            }
        }
        try {
            context.response()
                    .setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.next();
        }
    }
}
