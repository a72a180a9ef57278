package ru.otklik.calendar.service;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.calendar.CalendarAction;
import ru.otklik.calendar.CalendarStatus;
import ru.otklik.calendar.WorkingCalendar;
import ru.otklik.calendar.dto.CalendarInput;
import ru.otklik.calendar.dto.CalendarView;
import ru.otklik.calendar.dto.XmlSource;
import ru.otklik.calendar.repository.CalendarQueries;
import ru.otklik.shared.action.Outcome;
import ru.otklik.shared.action.WriteRequest;
import ru.otklik.shared.action.Writes;
import ru.otklik.shared.action.Written;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/**
 * The production calendar: a year for anyone to read; an ADMIN replaces a year from JSON or an xmlcalendar document.
 * Everything is checked before the transaction (the document, every day, the totals), then the kit writes it:
 * {@code LOAD} for a new year or one that keeps its status, {@code MAKE_OFFICIAL} for a provisional year given its
 * decree; {@link YearReplacement} is the change itself.
 */
@ApplicationScoped
public class CalendarService {

    private final Writes writes;
    private final CalendarYears years;
    private final CalendarQueries queries;
    private final CalendarRules rules;
    private final WorkingCalendar calendar;
    private final YearReplacement replacement;
    private final long maxDocumentSize;

    public CalendarService(Writes writes, CalendarYears years, CalendarQueries queries, CalendarRules rules,
            WorkingCalendar calendar, YearReplacement replacement, OtklikConfig config) {
        this.writes = writes;
        this.years = years;
        this.queries = queries;
        this.rules = rules;
        this.calendar = calendar;
        this.replacement = replacement;
        this.maxDocumentSize = config.calendar().maxDocumentSize().asLongValue();
    }

    /** The year with its days and totals; 404 when the calendar has no data for it. */
    public Uni<CalendarView> get(int year) {
        return queries.find(year).map(stored -> {
            if (stored == null) {
                throw ApiException.notFound("calendar.year.not-found", Integer.toString(year));
            }
            return CalendarViews.of(stored);
        });
    }

    public Uni<Written<CalendarView>> replace(WriteRequest request, int year, CalendarInput input) {
        return replace(request, YearData.fromJson(year, input), input);
    }

    public Uni<Written<CalendarView>> replaceXml(WriteRequest request, int year, XmlSource source, byte[] document) {
        if (document.length > maxDocumentSize) {
            return Uni.createFrom().failure(new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "calendar.xml.too-large",
                    Long.toString(maxDocumentSize / 1024)));
        }
        return Uni.createFrom().item(() -> XmlCalendarReader.read(document)).chain(xml -> {
            if (xml.year() != year) {
                throw ApiException.invalid("year", "calendar.xml.year-mismatch", Integer.toString(xml.year()),
                        Integer.toString(year));
            }
            return replace(request, YearData.fromXml(year, source, xml.entries()), fingerprint(source, document));
        });
    }

    /** What identifies an xmlcalendar upload for its idempotency key: its query parameters and the document itself. */
    private static List<Object> fingerprint(XmlSource source, byte[] document) {
        return Arrays.asList(source.status, source.decreeNumber, source.decreeDate == null ? null : source.decreeDate.toString(),
                source.url, source.draftReference, source.basis, document);
    }

    /** {@code body} is the request as it came, for its idempotency key. */
    private Uni<Written<CalendarView>> replace(WriteRequest request, YearData data, Object body) {
        return Uni.createFrom().item(() -> rules.check(data))
                .chain(checked -> queries.status(data.year()).chain(current -> calendar.calendar().chain(before -> current == null
                        ? writes.create(years, request, CalendarAction.LOAD, body,
                                actor -> replacement.create(actor, data, checked, before), this::render)
                        : writes.act(years, request, action(current, data.status()), body,
                                (year, actor) -> replacement.replace(year, actor, data, checked, before), this::render))));
    }

    /** A provisional year given its decree becomes official; anything else is a load that keeps the status. */
    static CalendarAction action(CalendarStatus current, CalendarStatus wanted) {
        return current == CalendarStatus.PROVISIONAL && wanted == CalendarStatus.OFFICIAL
                ? CalendarAction.MAKE_OFFICIAL
                : CalendarAction.LOAD;
    }

    private Uni<CalendarView> render(Outcome outcome, CalendarActor actor) {
        return get(Math.toIntExact(outcome.resourceId()));
    }
}
