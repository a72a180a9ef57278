package ru.otklik.open311.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.categories.dto.CategoryView;
import ru.otklik.categories.service.CategoryService;
import ru.otklik.open311.dto.Open311Document;
import ru.otklik.open311.dto.Open311Document.Items;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemMessages;

/**
 * GeoReport's services are the platform's categories: every active category is a service whose code is the
 * category's code ({@code roads.potholes}) and whose group is its top category. Each service has one attribute,
 * {@code oktmo} (the municipality that decides who handles the request; lat/long are kept but not geocoded), so
 * metadata is true for all of them.
 */
@ApplicationScoped
public class Open311Catalogue {

    /** The only attribute of every service. */
    public static final String OKTMO = "oktmo";

    /** A category as a service: itself and the top category it belongs to. */
    public record Service(CategoryView category, CategoryView group) {
    }

    private final CategoryService categories;
    private final ProblemMessages messages;

    public Open311Catalogue(CategoryService categories, ProblemMessages messages) {
        this.categories = categories;
        this.messages = messages;
    }

    /** Every active category as a service, by code, in the tree's order. */
    public Uni<Map<String, Service>> services() {
        return categories.tree().map(roots -> {
            Map<String, Service> services = new LinkedHashMap<>();
            roots.forEach(root -> collect(root, root, services));
            return services;
        });
    }

    private static void collect(CategoryView category, CategoryView group, Map<String, Service> services) {
        services.put(category.code(), new Service(category, group));
        if (category.children() != null) {
            category.children().forEach(child -> collect(child, group, services));
        }
    }

    /** The service discovery document of this endpoint. */
    public Open311Document discovery(String endpointUrl, Locale locale) {
        return Open311Document.object("discovery", Open311Document.fields(
                "changeset", "2026-03-01T00:00:00Z",
                "contact", messages.message(locale, "open311.discovery.contact"),
                "key_service", messages.message(locale, "open311.discovery.key-service"),
                "endpoints", new Items("endpoint", List.of(Open311Document.fields(
                        "specification", "http://wiki.open311.org/GeoReport_v2",
                        "url", endpointUrl,
                        "changeset", "2026-03-01T00:00:00Z",
                        "type", "production",
                        "formats", new Items("format", List.of("text/xml", "application/json")))))));
    }

    public Uni<Open311Document> list(Locale locale) {
        return services().map(services -> {
            List<Map<String, Object>> listed = new ArrayList<>();
            services.values().forEach(service -> listed.add(Open311Document.fields(
                    "service_code", service.category().code(),
                    "service_name", service.category().name(),
                    "description", messages.message(locale, "open311.service.description", service.group().name(),
                            service.category().name(), service.category().deadlineDays()),
                    "metadata", true,
                    "type", "realtime",
                    "keywords", service.category().code().replace('.', ' ').replace('-', ' '),
                    "group", service.group().name())));
            return Open311Document.list("services", "service", listed);
        });
    }

    /** The service definition: its attribute; a 404 for a code that names no active category. */
    public Uni<Open311Document> definition(String code, Locale locale) {
        return services().map(services -> {
            Service service = services.get(code);
            if (service == null) {
                throw ApiException.notFound("open311.service.not-found", code);
            }
            return Open311Document.object("service_definition", Open311Document.fields(
                    "service_code", service.category().code(),
                    "attributes", new Items("attribute", List.of(Open311Document.fields(
                            "variable", true,
                            "code", OKTMO,
                            "datatype", "string",
                            "required", false,
                            "datatype_description", messages.message(locale, "open311.attribute.oktmo.format"),
                            "order", 1,
                            "description", messages.message(locale, "open311.attribute.oktmo.description"))))));
        });
    }
}
