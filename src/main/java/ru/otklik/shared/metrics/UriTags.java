package ru.otklik.shared.metrics;

import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Keeps the {@code uri} tag of HTTP metrics to the API's routes. Requests answered before a route template is known
 * (a 405, an OPTIONS preflight, a refused token) are tagged with their raw path; ids in it would make one series per
 * appeal, fill the registry's cap and push real endpoints out. Ids become {@code {id}}, and paths outside the API's
 * roots become {@code OTHER}.
 */
@Singleton
public class UriTags implements MeterFilter {

    private static final Pattern ID_SEGMENT = Pattern.compile(
            "/(?:[0-9]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?=/|$)");
    private static final Pattern KNOWN_ROOT = Pattern.compile("^/(api/v1|q|open311|dev)(/[A-Za-z0-9_.{}-]{1,40}){0,6}/?$");

    @Override
    public Meter.Id map(Meter.Id id) {
        String uri = id.getTag("uri");
        if (uri == null || !id.getName().startsWith("http.server")) {
            return id;
        }
        String normalised = normalise(uri);
        return normalised.equals(uri) ? id : id.replaceTags(id.getTags().stream()
                .map(tag -> tag.getKey().equals("uri") ? Tag.of("uri", normalised) : tag).toList());
    }

    static String normalise(String uri) {
        if (!uri.startsWith("/")) {
            return uri; // NOT_FOUND, REDIRECTION and the like
        }
        String templated = ID_SEGMENT.matcher(uri).replaceAll("/{id}");
        return KNOWN_ROOT.matcher(templated).matches() ? templated : "OTHER";
    }
}
