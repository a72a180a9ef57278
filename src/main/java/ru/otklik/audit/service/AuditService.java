package ru.otklik.audit.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.audit.dto.AuditEntryView;
import ru.otklik.audit.dto.AuditFilter;
import ru.otklik.audit.dto.AuditQuery;
import ru.otklik.audit.repository.AuditQueries;
import ru.otklik.shared.paging.Cursor;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ApiException.Violation;

/**
 * The audit trail for platform administrators (the resource admits only them): privileged actions newest first,
 * filtered by who, what and when. The trail is written by the kit ({@code shared.events.AuditTrail}) in the
 * transactions of the actions themselves.
 */
@ApplicationScoped
public class AuditService {

    private static final String BY_TIME = "t";
    private static final long LATEST_MICROS = 7_258_118_400_000_000L;

    private final AuditQueries queries;

    public AuditService(AuditQueries queries) {
        this.queries = queries;
    }

    public Uni<Page<AuditEntryView>> list(AuditFilter filter, PageRequest page) {
        List<Violation> violations = new ArrayList<>();
        Instant from = instant("from", filter.from, violations);
        Instant to = instant("to", filter.to, violations);
        if (from != null && to != null && !to.isAfter(from)) {
            violations.add(new Violation("to", "audit.period.empty"));
        }
        if (filter.objectId != null && filter.objectType == null) {
            violations.add(new Violation("objectType", "audit.object-type.required"));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        Instant afterTime = null;
        Long afterId = null;
        if (page.cursor != null) {
            List<String> key = Cursor.decode(page.cursor, BY_TIME, 2);
            afterTime = fromMicros(Cursor.longPart(key.get(0)));
            afterId = Cursor.longPart(key.get(1));
        }
        AuditQuery query = new AuditQuery(filter.actor, filter.objectType, filter.objectId, from, to, afterTime, afterId,
                page.limit + 1);
        return queries.page(query).map(rows -> Page.fromRows(rows, page.limit, last -> Cursor.encode(BY_TIME,
                micros(last.occurredAt()), last.id())));
    }

    /** Microseconds since the epoch: PostgreSQL's precision, so that a cursor names its entry exactly. */
    private static long micros(Instant at) {
        return at.getEpochSecond() * 1_000_000 + at.getNano() / 1000;
    }

    /** A cursor's time; one no entry can have (before 1970, after 2200) is a damaged cursor, not a database error. */
    private static Instant fromMicros(long micros) {
        if (micros < 0 || micros > LATEST_MICROS) {
            throw ApiException.invalid("cursor", "paging.cursor.invalid");
        }
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    private static Instant instant(String field, String value, List<Violation> violations) {
        if (value == null) {
            return null;
        }
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(value);
            if (parsed.getYear() < 1 || parsed.getYear() > 9999) {
                // the database's range: a time beyond it is the caller's mistake, not a failed query
                violations.add(new Violation(field, "audit.time.invalid"));
                return null;
            }
            return parsed.toInstant();
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "audit.time.invalid"));
            return null;
        }
    }
}
