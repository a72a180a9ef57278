package ru.otklik.shared.problem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.inject.Instance;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultiPartParserDefinition;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.pgclient.PgException;
import ru.otklik.shared.db.DatabaseOutage;

/**
 * Maps every failure that reaches the REST layer to problem+json: our own {@link ApiException}, bean
 * validation, unreadable JSON, framework HTTP errors, security, concurrency conflicts, and anything
 * unexpected, which is logged with an id and answered without internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String UNIQUE_VIOLATION = "23505";

    private final ProblemFactory problems;
    private final DatabaseOutage outage;
    private final Instance<ErrorFormat> formats;

    public ProblemMappers(ProblemFactory problems, DatabaseOutage outage, Instance<ErrorFormat> formats) {
        this.problems = problems;
        this.outage = outage;
        this.formats = formats;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, HttpHeaders headers, UriInfo uri) {
        if (e.type().status() >= 500) {
            // answered on purpose, yet someone must act (load a calendar year): its arguments are such facts, not people
            LOG.warnf("%s on %s: %s %s", e.type().uri(), path(uri), e.key(), Arrays.toString(e.args()));
        }
        Response response = respond(problems.problem(e, locale(headers), path(uri)));
        return e.retryAfterSeconds() == null ? response
                : Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<ApiException.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            // messages are already interpolated by Hibernate Validator in the request's language
            violations.add(new ApiException.Violation(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        return problem(ProblemType.VALIDATION, headers, uri, "validation.fields", violations);
    }

    @ServerExceptionMapper
    public Response unreadable(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(InvalidFormatException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(UnrecognizedPropertyException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonParseException e, HttpHeaders headers, UriInfo uri) {
        return problem(ProblemType.MALFORMED_BODY, headers, uri, "body.malformed", List.of());
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, headers, uri);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // a query or path parameter that does not convert (?category=abc): JAX-RS says 404, the client erred
            return problem(ProblemType.VALIDATION, headers, uri, "http.parameter-format", List.of());
        }
        ProblemType type = ProblemType.forStatus(status);
        if (status >= 500) {
            return internal(e, headers, uri);
        }
        Response.ResponseBuilder response = Response.fromResponse(respond(
                problems.problem(type, status, locale(headers), path(uri), "http." + status, null, List.of())));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return unauthorized(headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return unauthorized(headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return problem(ProblemType.FORBIDDEN, headers, uri, "security.forbidden", List.of());
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return problem(ProblemType.CONFLICT, headers, uri, "conflict.concurrent-change", List.of());
    }

    @ServerExceptionMapper
    public Response stale(StaleStateException e, HttpHeaders headers, UriInfo uri) {
        return problem(ProblemType.CONFLICT, headers, uri, "conflict.concurrent-change", List.of());
    }

    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
            return problem(ProblemType.DUPLICATE, headers, uri, "conflict.duplicate", List.of());
        }
        return internal(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response database(PgException e, HttpHeaders headers, UriInfo uri) {
        if (DatabaseOutage.isUnavailable(e)) {
            return unavailable(e, headers, uri);
        }
        if (UNIQUE_VIOLATION.equals(e.getSqlState())) {
            return problem(ProblemType.DUPLICATE, headers, uri, "conflict.duplicate", List.of());
        }
        return internal(e, headers, uri);
    }

    /** A multipart body that breaks the format (no closing boundary, parts without headers): the client's error. */
    @ServerExceptionMapper
    public Response unreadable(MultipartParser.MalformedMessageException e, HttpHeaders headers, UriInfo uri) {
        return problem(ProblemType.MALFORMED_BODY, headers, uri, "body.malformed-multipart", List.of());
    }

    @ServerExceptionMapper
    public Response tooLarge(MultiPartParserDefinition.FileTooLargeException e, HttpHeaders headers, UriInfo uri) {
        return problem(ProblemType.PAYLOAD_TOO_LARGE, headers, uri, "http.413", List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (DatabaseOutage.isUnavailable(e)) {
            return unavailable(e, headers, uri);
        }
        if (e instanceof IOException && MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(headers.getMediaType())) {
            // the multipart reader gives up with an IOException when the body ends before its closing boundary
            return problem(ProblemType.MALFORMED_BODY, headers, uri, "body.malformed-multipart", List.of());
        }
        // reactive pipelines wrap failures (CompletionException and the like): answer for the cause we know
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof ApiException api) {
                return api(api, headers, uri);
            }
            if (cause instanceof PgException pg) {
                return database(pg, headers, uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException constraint) {
                return constraint(constraint, headers, uri);
            }
            if (cause instanceof StaleStateException stale) {
                return stale(stale, headers, uri);
            }
            if (cause instanceof OptimisticLockException stale) {
                return stale(stale, headers, uri);
            }
        }
        return internal(e, headers, uri);
    }

    /** The database cannot serve now: a retryable 503, counted by the outage rather than logged per request. */
    private Response unavailable(Throwable e, HttpHeaders headers, UriInfo uri) {
        outage.refused(e);
        return Response.fromResponse(problem(ProblemType.SERVICE_UNAVAILABLE, headers, uri, "service-unavailable", List.of(),
                outage.retryAfterSeconds()))
                .header(HttpHeaders.RETRY_AFTER, outage.retryAfterSeconds())
                .build();
    }

    private Response internal(Throwable e, HttpHeaders headers, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", errorId, path(uri));
        return problem(ProblemType.INTERNAL, headers, uri, "internal", List.of(), errorId);
    }

    private Response unauthorized(HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(problem(ProblemType.UNAUTHORIZED, headers, uri, "security.unauthorized", List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private Response json(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping.getPath());
            String key = e instanceof UnrecognizedPropertyException ? "body.unknown-field" : "body.wrong-type";
            return problem(ProblemType.VALIDATION, headers, uri, "validation.fields",
                    List.of(new ApiException.Violation(field, key)));
        }
        return problem(ProblemType.MALFORMED_BODY, headers, uri, "body.malformed", List.of());
    }

    private Response problem(ProblemType type, HttpHeaders headers, UriInfo uri, String key,
            List<ApiException.Violation> violations, Object... args) {
        return respond(problems.problem(type, type.status(), locale(headers), path(uri), key, args, violations));
    }

    /** The problem as its path answers errors: problem+json, or the format of a part that has its own (Open311). */
    private Response respond(Problem problem) {
        for (ErrorFormat format : formats) {
            if (problem.instance() != null && format.owns(problem.instance())) {
                ErrorFormat.Body body = format.render(problem, problem.instance());
                return Response.status(problem.status()).type(body.mediaType()).entity(body.content()).build();
            }
        }
        return ProblemFactory.response(problem);
    }

    private static Locale locale(HttpHeaders headers) {
        return Languages.pick(headers.getAcceptableLanguages());
    }

    private static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }

    /** {@code create.input.contacts.email} → {@code contacts.email}; {@code list.limit} → {@code limit}. */
    static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            ElementKind kind = node.getKind();
            boolean lastNode = i == nodes.size() - 1;
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.RETURN_VALUE || (kind == ElementKind.PARAMETER && !lastNode)) {
                continue;
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
