package ru.otklik.open311.rest;

import jakarta.enterprise.context.ApplicationScoped;

import ru.otklik.shared.problem.ErrorFormat;
import ru.otklik.shared.problem.Problem;

/** Failures before the GeoReport resource runs (an invalid bearer token, a body too large) as the spec's error lists. */
@ApplicationScoped
public class Open311Errors implements ErrorFormat {

    private final Open311Formats formats;

    public Open311Errors(Open311Formats formats) {
        this.formats = formats;
    }

    @Override
    public boolean owns(String path) {
        return path.startsWith("/open311/");
    }

    @Override
    public Body render(Problem problem, String path) {
        String format = path.endsWith(".xml") ? "xml" : "json";
        return new Body(Open311Formats.mediaType(format),
                formats.content(format, Open311Formats.error(problem.status(), problem.detail())));
    }
}
