package ru.otklik.open311.service;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.appeals.AppealStatus;
import ru.otklik.appeals.dto.AppealRecord;
import ru.otklik.appeals.dto.AppealSelection;
import ru.otklik.appeals.service.AppealViews;
import ru.otklik.open311.dto.Open311Document;
import ru.otklik.open311.dto.RequestQuery;
import ru.otklik.organisations.dto.OrganisationView;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemMessages;

/**
 * GeoReport's {@code GET requests} and {@code GET requests/{id}}: the appeals the caller may see, as anywhere else
 * in the API (its own; its organisations' once registered; a partner's subtrees; all for moderators; nothing for an
 * anonymous caller), never who filed them. open = not yet answered (SUBMITTED, REGISTERED, IN_PROGRESS,
 * REDIRECTED); closed = answered, rated, rejected or withdrawn; {@code status_notes} says which, and how.
 */
@ApplicationScoped
public class Open311Reading {

    static final Set<AppealStatus> OPEN = EnumSet.of(AppealStatus.SUBMITTED, AppealStatus.REGISTERED,
            AppealStatus.IN_PROGRESS, AppealStatus.REDIRECTED);

    private final Open311Access access;
    private final Open311Catalogue catalogue;
    private final AppealViews appeals;
    private final OrganisationService organisations;
    private final ProblemMessages messages;
    private final OtklikConfig.Open311 settings;

    public Open311Reading(Open311Access access, Open311Catalogue catalogue, AppealViews appeals,
            OrganisationService organisations, ProblemMessages messages, OtklikConfig config) {
        this.access = access;
        this.catalogue = catalogue;
        this.appeals = appeals;
        this.organisations = organisations;
        this.messages = messages;
        this.settings = config.open311();
    }

    public Uni<Open311Document> requests(RequestQuery query, Locale locale) {
        return access.caller(query.apiKey).chain(caller -> catalogue.services()
                .chain(services -> select(caller, selection(query, services, Instant.now()), services, locale)));
    }

    /** One request; a 404 when there is none the caller may see. */
    public Uni<Open311Document> request(String id, String apiKey, Locale locale) {
        long appealId = id.matches("[0-9]{1,18}") ? Long.parseLong(id) : -1;
        return access.caller(apiKey).chain(caller -> catalogue.services().chain(services -> select(caller,
                new AppealSelection(List.of(appealId), List.of(), List.of(), null, null, 1), services, locale)))
                .invoke(document -> {
                    if (((Open311Document.Items) document.content()).values().isEmpty()) {
                        throw ApiException.notFound("open311.request.not-found", id);
                    }
                });
    }

    /** What the query asks for, or a 400 naming the parameter: ids alone, or codes, a window and statuses. */
    AppealSelection selection(RequestQuery query, Map<String, Open311Catalogue.Service> services, Instant now) {
        int limit = settings.maxRequests();
        if (query.serviceRequestId != null && !query.serviceRequestId.isBlank()) {
            List<Long> ids = new ArrayList<>();
            for (String id : split(query.serviceRequestId)) {
                if (!id.matches("[0-9]{1,18}")) {
                    throw ApiException.invalid("service_request_id", "open311.request-id.format", id);
                }
                ids.add(Long.parseLong(id));
            }
            return new AppealSelection(ids, List.of(), List.of(), null, null, limit);
        }
        List<Long> categories = new ArrayList<>();
        for (String code : split(query.serviceCode)) {
            Open311Catalogue.Service service = services.get(code);
            if (service == null) {
                throw ApiException.invalid("service_code", "open311.service.not-found", code);
            }
            categories.add(service.category().id());
        }
        Duration window = Duration.ofDays(settings.defaultWindowDays());
        Instant start = date(query.startDate, "start_date");
        Instant end = date(query.endDate, "end_date");
        if (end == null) {
            end = start == null ? now : start.plus(window);
        }
        if (start == null) {
            start = end.minus(window);
        }
        if (end.isBefore(start)) {
            throw ApiException.invalid("end_date", "open311.dates.order");
        }
        if (Duration.between(start, end).compareTo(window) > 0) {
            throw ApiException.invalid("start_date", "open311.dates.too-wide", settings.defaultWindowDays());
        }
        return new AppealSelection(List.of(), categories, statuses(query.status), start, end, limit);
    }

    private Uni<Open311Document> select(Caller caller, AppealSelection selection,
            Map<String, Open311Catalogue.Service> services, Locale locale) {
        Map<Long, Open311Catalogue.Service> byCategory = services.values().stream()
                .collect(Collectors.toMap(service -> service.category().id(), Function.identity()));
        return appeals.select(caller, selection).chain(records -> organisations
                .findByIds(records.stream().map(AppealRecord::organisationId).distinct().toList())
                .map(found -> {
                    Map<Long, String> agencies = found.stream()
                            .collect(Collectors.toMap(OrganisationView::id, OrganisationView::shortName));
                    List<Map<String, Object>> requests = new ArrayList<>();
                    records.forEach(appeal -> requests.add(request(appeal, byCategory.get(appeal.categoryId()),
                            agencies.get(appeal.organisationId()), locale)));
                    return Open311Document.list("service_requests", "request", requests);
                }));
    }

    private Map<String, Object> request(AppealRecord appeal, Open311Catalogue.Service service, String agency, Locale locale) {
        return Open311Document.fields(
                "service_request_id", Long.toString(appeal.id()),
                "status", OPEN.contains(appeal.status()) ? "open" : "closed",
                "status_notes", notes(appeal, agency, locale),
                "service_name", service == null ? null : service.category().name(),
                "service_code", service == null ? null : service.category().code(),
                "description", appeal.text(),
                "agency_responsible", agency,
                "service_notice", null,
                "requested_datetime", seconds(appeal.createdAt()),
                "updated_datetime", seconds(appeal.updatedAt()),
                "expected_datetime", appeal.dueAt() == null ? null : seconds(appeal.dueAt()),
                "address", appeal.address(),
                "address_id", null,
                "zipcode", null,
                "lat", appeal.location() == null ? null : appeal.location().lat(),
                "long", appeal.location() == null ? null : appeal.location().lon(),
                "media_url", appeal.mediaUrl());
    }

    /** Where the appeal stands, in words, with the answer or the reason when there is one. */
    private String notes(AppealRecord appeal, String agency, Locale locale) {
        String key = "open311.status." + appeal.status().name().toLowerCase(Locale.ROOT);
        return switch (appeal.status()) {
            case REGISTERED, IN_PROGRESS -> messages.message(locale, key, String.valueOf(appeal.dueDate()));
            case REDIRECTED -> messages.message(locale, key, agency, String.valueOf(appeal.dueDate()));
            case ANSWERED, CLOSED -> messages.message(locale, key, appeal.answerText());
            case REJECTED -> messages.message(locale, key, messages.message(locale,
                    "open311.rejection." + appeal.rejectionReason().name().toLowerCase(Locale.ROOT)));
            default -> messages.message(locale, key);
        };
    }

    private static List<AppealStatus> statuses(String status) {
        List<AppealStatus> statuses = new ArrayList<>();
        for (String value : split(status)) {
            switch (value) {
                case "open" -> statuses.addAll(OPEN);
                case "closed" -> statuses.addAll(EnumSet.complementOf(EnumSet.copyOf(OPEN)));
                default -> throw ApiException.invalid("status", "open311.status.unknown", value);
            }
        }
        return statuses.size() == AppealStatus.values().length ? List.of() : List.copyOf(statuses);
    }

    private static Instant date(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(parameter, "open311.date.format");
        }
    }

    private static List<String> split(String values) {
        if (values == null || values.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(values.split(",")).map(String::strip).filter(value -> !value.isEmpty()).distinct().toList();
    }

    private static Instant seconds(Instant time) {
        return time.truncatedTo(ChronoUnit.SECONDS);
    }
}
