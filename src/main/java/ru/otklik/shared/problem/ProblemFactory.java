package ru.otklik.shared.problem;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/** Turns a problem type, a message key and field violations into a localized problem+json response. */
@ApplicationScoped
public class ProblemFactory {

    private final ProblemMessages messages;

    public ProblemFactory(ProblemMessages messages) {
        this.messages = messages;
    }

    public Problem problem(ProblemType type, int status, Locale locale, String instance, String key, Object[] args,
            List<ApiException.Violation> violations) {
        List<Problem.FieldError> errors = violations.stream()
                .map(v -> new Problem.FieldError(v.field(), messages.message(locale, v.key(), v.args())))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return new Problem(type.uri(), type.title(locale), status, messages.message(locale, key, args), instance, errors, null);
    }

    public Problem problem(ApiException e, Locale locale, String instance) {
        Problem problem = problem(e.type(), e.type().status(), locale, instance, e.key(), e.args(), e.violations());
        return e.currentStatus() == null ? problem : new Problem(problem.type(), problem.title(), problem.status(),
                problem.detail(), problem.instance(), problem.errors(), e.currentStatus());
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
