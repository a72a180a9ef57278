package ru.otklik.appeals.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.appeals.Appeal;
import ru.otklik.appeals.dto.MapBox;
import ru.otklik.appeals.dto.NearbyParams;
import ru.otklik.appeals.dto.NearbyView;
import ru.otklik.appeals.dto.SimilarAppeal;
import ru.otklik.appeals.repository.AppealMapQueries;
import ru.otklik.appeals.repository.AppealMapQueries.Area;
import ru.otklik.appeals.repository.AppealMapQueries.Circle;
import ru.otklik.appeals.repository.AppealMapQueries.Located;
import ru.otklik.categories.dto.CategoryHierarchy;
import ru.otklik.categories.dto.CategoryView;
import ru.otklik.categories.service.CategoryService;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ApiException.Violation;
import ru.otklik.shared.search.TextQuery;

/**
 * The public map of appeals and the suggestions of "me too". The map shows appeals past moderation that have a
 * location, never withdrawn ones and never those of sensitive categories; a marker tells where (to about 10 m), what
 * topic, its status, its day and its supporters, never its text, address or author. Only a suggestion shows the
 * beginning of a text, and only of an appeal its reader may see anyway.
 */
@ApplicationScoped
public class AppealMap {

    private static final int DEFAULT_RADIUS = 1000;
    /** Cells across the area's longer side at most: finer zooms are for smaller areas. */
    private static final int FINEST_ZOOM_STEPS = 4;

    private final AppealMapQueries queries;
    private final CategoryService categories;
    private final Appeals appeals;
    private final CallerResolver callers;
    private final OtklikConfig.Nearby config;

    public AppealMap(AppealMapQueries queries, CategoryService categories, Appeals appeals, CallerResolver callers,
            OtklikConfig config) {
        this.queries = queries;
        this.categories = categories;
        this.appeals = appeals;
        this.callers = callers;
        this.config = config.nearby();
    }

    /** Markers, or clusters when asked for (zoom) or when there are more than {@code otklik.nearby.max-markers}. */
    public Uni<NearbyView> nearby(NearbyParams params) {
        List<Violation> violations = new ArrayList<>();
        MapBox box = box(params, violations, DEFAULT_RADIUS);
        Integer zoom = params.zoom;
        if (box != null && zoom != null && zoom > MapGeometry.zoomFor(box) + FINEST_ZOOM_STEPS) {
            violations.add(new Violation("zoom", "nearby.zoom.too-fine", MapGeometry.zoomFor(box) + FINEST_ZOOM_STEPS));
        }
        period(params, violations);
        refuse(violations);
        return categories.hierarchy().chain(tree -> {
            Area area = area(params, box, tree, params.state == null ? null : "open".equals(params.state));
            if (zoom != null) {
                return clusters(area, zoom);
            }
            return queries.markers(area, config.maxMarkers() + 1).chain(found -> found.size() > config.maxMarkers()
                    ? clusters(area, MapGeometry.zoomFor(box))
                    : Uni.createFrom().item(new NearbyView(found.size(),
                            found.stream().map(located -> marker(located, tree)).toList(), List.of())));
        });
    }

    /**
     * Open appeals of the same category (or below it) within {@code otklik.nearby.similar-radius} of the point, the
     * most alike in text first: what a person about to file may support instead.
     */
    public Uni<List<SimilarAppeal>> similar(NearbyParams params) {
        List<Violation> violations = new ArrayList<>();
        if (params.bbox != null) {
            violations.add(new Violation("bbox", "nearby.similar.point"));
        }
        if (params.category == null) {
            violations.add(new Violation("category", "nearby.similar.category"));
        }
        MapBox box = box(params, violations, config.similarRadius());
        period(params, violations);
        refuse(violations);
        String words = params.text == null ? null : TextQuery.anyWordQuery(params.text);
        return categories.hierarchy().chain(tree -> {
            Area area = area(params, box, tree, true);
            return appeals.actor(callers.current()).chain(actor -> queries.similar(area, words, config.similarLimit())
                    .map(found -> found.stream().map(located -> new SimilarAppeal(marker(located, tree),
                            located.distance(), Math.round(located.score() * 1000) / 1000.0,
                            actor.canSee(asAppeal(located)) ? located.excerpt() : null)).toList()));
        });
    }

    private Uni<NearbyView> clusters(Area area, int zoom) {
        return queries.clusters(area, MapGeometry.cell(zoom)).map(cells -> new NearbyView(
                cells.stream().mapToInt(AppealMapQueries.Cell::count).sum(), List.of(),
                cells.stream().map(cell -> new NearbyView.Cluster(MapGeometry.round(cell.lat()), MapGeometry.round(cell.lon()),
                        cell.count())).toList()));
    }

    private Area area(NearbyParams params, MapBox box, CategoryHierarchy tree, Boolean open) {
        List<Long> subtree = null;
        if (params.category != null) {
            subtree = tree.subtree(params.category);
            if (subtree.isEmpty()) {
                throw ApiException.invalid("category", "appeal.category.unknown");
            }
        }
        Circle circle = params.bbox == null ? new Circle(params.lat, params.lon, radius(params, DEFAULT_RADIUS)) : null;
        return new Area(box, circle, subtree, tree.sensitive(), open, params.from, params.to);
    }

    /** The box to search (of the circle, or as given), or null with the reasons added to {@code violations}. */
    private MapBox box(NearbyParams params, List<Violation> violations, int defaultRadius) {
        if (params.bbox != null) {
            if (params.lat != null || params.lon != null || params.radius != null) {
                violations.add(new Violation("bbox", "nearby.area.both"));
                return null;
            }
            return parseBox(params.bbox, violations);
        }
        if (params.lat == null || params.lon == null) {
            violations.add(new Violation(params.lat == null ? "lat" : "lon", "nearby.area.required"));
            return null;
        }
        int radius = radius(params, defaultRadius);
        if (radius > config.maxRadius()) {
            violations.add(new Violation("radius", "nearby.radius.max", config.maxRadius()));
            return null;
        }
        return MapGeometry.around(params.lat, params.lon, radius);
    }

    private static int radius(NearbyParams params, int defaultRadius) {
        return params.radius == null ? defaultRadius : params.radius;
    }

    private MapBox parseBox(String bbox, List<Violation> violations) {
        String[] parts = bbox.split(",");
        double[] values = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                values[i] = Double.parseDouble(parts[i]);
            }
        } catch (RuntimeException e) {
            violations.add(new Violation("bbox", "nearby.bbox.format"));
            return null;
        }
        MapBox box = new MapBox(values[0], values[1], values[2], values[3]);
        if (Math.abs(box.minLon()) > 180 || Math.abs(box.maxLon()) > 180 || Math.abs(box.minLat()) > 90
                || Math.abs(box.maxLat()) > 90) {
            violations.add(new Violation("bbox", "nearby.bbox.range"));
        } else if (box.minLon() > box.maxLon() || box.minLat() > box.maxLat()) {
            violations.add(new Violation("bbox", "nearby.bbox.order"));
        } else if (box.maxLon() - box.minLon() > config.maxBoxDegrees() || box.maxLat() - box.minLat() > config.maxBoxDegrees()) {
            violations.add(new Violation("bbox", "nearby.bbox.too-large", config.maxBoxDegrees()));
        } else {
            return box;
        }
        return null;
    }

    private static void period(NearbyParams params, List<Violation> violations) {
        if (params.from != null && params.to != null && params.from.isAfter(params.to)) {
            violations.add(new Violation("to", "nearby.period.order"));
        }
    }

    private static void refuse(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
    }

    private static NearbyView.Marker marker(Located located, CategoryHierarchy tree) {
        CategoryView category = tree.find(located.categoryId());
        return new NearbyView.Marker(located.id(), located.number(), located.categoryId(),
                category == null ? null : category.name(), located.status(), MapGeometry.round(located.lat()),
                MapGeometry.round(located.lon()), located.createdOn(), located.supporters());
    }

    /** Just what decides who may see an appeal. */
    private static Appeal asAppeal(Located located) {
        Appeal appeal = new Appeal();
        appeal.id = located.id();
        appeal.authorOid = located.authorOid();
        appeal.enteredByOid = located.enteredByOid();
        appeal.organisationId = located.organisationId();
        appeal.registeredAt = located.registeredAt();
        return appeal;
    }
}
