package ru.otklik.shared.problem;

import java.time.Duration;
import java.util.List;

/**
 * A failure the API answers on purpose. It carries message keys, not text: the text is chosen by the
 * caller's language when the response is written.
 */
public class ApiException extends RuntimeException {

    /** A field error before translation: the field path, a message key and its arguments. */
    public record Violation(String field, String key, Object... args) {
    }

    private final ProblemType type;
    private final String key;
    private final transient Object[] args;
    private final transient List<Violation> violations;
    private String currentStatus;
    private Long retryAfterSeconds;

    public ApiException(ProblemType type, String key, Object... args) {
        this(type, List.of(), key, args);
    }

    public ApiException(ProblemType type, List<Violation> violations, String key, Object... args) {
        super(key, null, false, false);
        this.type = type;
        this.key = key;
        this.args = args;
        this.violations = List.copyOf(violations);
    }

    public static ApiException notFound(String key, Object... args) {
        return new ApiException(ProblemType.NOT_FOUND, key, args);
    }

    /** A 400 naming one field. */
    public static ApiException invalid(String field, String key, Object... args) {
        return invalid(List.of(new Violation(field, key, args)));
    }

    /** A 400 naming several fields at once. */
    public static ApiException invalid(List<Violation> violations) {
        return new ApiException(ProblemType.VALIDATION, violations, "validation.fields");
    }

    public static ApiException duplicate(String field, String key, Object... args) {
        return new ApiException(ProblemType.DUPLICATE, List.of(new Violation(field, key, args)), key, args);
    }

    /** A 409 for an action the resource's current status does not allow, naming that status. */
    public static ApiException invalidTransition(String action, String currentStatus) {
        ApiException e = new ApiException(ProblemType.INVALID_TRANSITION, "transition.invalid", action, currentStatus);
        e.currentStatus = currentStatus;
        return e;
    }

    /**
     * A 429 for a caller over an allowance, to try again after {@code wait}: the message's argument and the
     * {@code Retry-After} header are that wait in whole seconds, rounded up, at least one.
     */
    public static ApiException tooManyRequests(String key, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        ApiException e = new ApiException(ProblemType.TOO_MANY_REQUESTS, key, seconds);
        e.retryAfterSeconds = seconds;
        return e;
    }

    /** The seconds for {@code Retry-After}, or null when the answer has none. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public String currentStatus() {
        return currentStatus;
    }

    public ProblemType type() {
        return type;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }

    public List<Violation> violations() {
        return violations;
    }
}
