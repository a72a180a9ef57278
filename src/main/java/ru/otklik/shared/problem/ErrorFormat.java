package ru.otklik.shared.problem;

/**
 * A part of the API that answers errors in a format of its own rather than problem+json (Open311's error lists),
 * also for failures before any resource runs ({@link RouteFailureHandler}: an invalid token, a body too large).
 */
public interface ErrorFormat {

    /** Whether requests to this path get their errors in this format. */
    boolean owns(String path);

    /** The problem in this format. */
    Body render(Problem problem, String path);

    record Body(String mediaType, String content) {
    }
}
