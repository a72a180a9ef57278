package ru.otklik.calendar.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.smallrye.mutiny.Uni;
import ru.otklik.calendar.CalendarDependent;
import ru.otklik.calendar.CalendarStatus;
import ru.otklik.calendar.CalendarYear;
import ru.otklik.calendar.ProductionCalendar;
import ru.otklik.calendar.YearReplaced;
import ru.otklik.calendar.dto.SourceInput;
import ru.otklik.calendar.repository.CalendarDayRepository;
import ru.otklik.calendar.repository.CalendarYearRepository;
import ru.otklik.calendar.service.CalendarRules.Checked;
import ru.otklik.shared.action.Creation.Created;
import ru.otklik.shared.action.Step;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/**
 * The part of a year's replacement that runs in its write transaction, after the kit admitted it: the calendar is
 * locked (deadlines being written finish first, new ones wait), the year's rows and what it rests on are replaced, and
 * every {@link CalendarDependent} brings what it computed on the calendar in line - all in one commit.
 * <p>
 * Why one transaction for the recomputation too: every instance counts new deadlines on the new data the moment it
 * commits, so the deadlines already running must change at that same moment, or for a while two appeals registered the
 * same day would have different due dates; and there is nothing to resume after a crash. It stays small: only running
 * deadlines that reach into a provisional year are recomputed - none once a decree is out in the autumn, at most the
 * few weeks of appeals before New Year when it is late.
 */
@ApplicationScoped
public class YearReplacement {

    private final CalendarYearRepository years;
    private final CalendarDayRepository days;
    private final Instance<CalendarDependent> dependents;

    public YearReplacement(CalendarYearRepository years, CalendarDayRepository days, Instance<CalendarDependent> dependents) {
        this.years = years;
        this.days = days;
        this.dependents = dependents;
    }

    /** A year the calendar has no data for yet, in the status the ADMIN gives it. */
    Uni<Created<CalendarYear>> create(CalendarActor actor, YearData data, Checked checked, ProductionCalendar before) {
        return lock(before).chain(() -> {
            CalendarYear year = new CalendarYear();
            year.year = data.year();
            rest(year, data, actor);
            return store(actor, data, checked, before).map(step -> new Created<>(year, step.leadingTo(data.status())));
        });
    }

    /** A year the calendar has: an official one is corrected, never made provisional again. */
    Uni<Step> replace(CalendarYear year, CalendarActor actor, YearData data, Checked checked, ProductionCalendar before) {
        return lock(before).chain(() -> {
            if (year.status == CalendarStatus.OFFICIAL && data.status() == CalendarStatus.PROVISIONAL) {
                throw new ApiException(ProblemType.CONFLICT, "calendar.official.stays", Integer.toString(year.year));
            }
            // what it rests on is set last, so that it is written once, together with the status the kit sets
            return store(actor, data, checked, before).invoke(() -> rest(year, data, actor));
        });
    }

    /** Locks the calendar, and refuses when it changed since {@code before} was read (a year replaced meanwhile). */
    private Uni<Void> lock(ProductionCalendar before) {
        return years.lockGeneration().invoke(generation -> {
            if (generation != before.generation()) {
                throw new ApiException(ProblemType.CONFLICT, "calendar.changed");
            }
        }).replaceWithVoid();
    }

    /** What the year rests on and who loaded it; its status is the kit's to set, from the table. */
    private static void rest(CalendarYear year, YearData data, CalendarActor actor) {
        SourceInput source = data.source();
        year.decreeNumber = clean(source.decreeNumber());
        year.decreeDate = source.decreeDate();
        year.sourceUrl = clean(source.url());
        year.draftReference = clean(source.draftReference());
        year.basis = clean(source.basis());
        year.shortenedDaysListed = data.shortenedListed();
        year.loadedAt = Instant.now();
        year.loadedByOid = actor.oid();
    }

    private Uni<Step> store(CalendarActor actor, YearData data, Checked checked, ProductionCalendar before) {
        ProductionCalendar after = before.withYear(data.year(), data.status() == CalendarStatus.PROVISIONAL,
                checked.exceptions());
        YearReplaced replaced = new YearReplaced(data.year(), data.status(), clean(data.source().decreeNumber()),
                data.source().decreeDate(), after, actor.oid());
        return days.replaceYear(data.year(), checked.days(), checked.shortened())
                .chain(() -> recompute(replaced))
                .map(changed -> Step.because(clean(data.source().basis()))
                        .with("format", data.format())
                        .with("workingDays", checked.workingDays())
                        .with("recalculated", changed));
    }

    /** One dependent after the other: they share the transaction's session. */
    private Uni<Integer> recompute(YearReplaced replaced) {
        Uni<Integer> changed = Uni.createFrom().item(0);
        for (CalendarDependent dependent : dependents) {
            changed = changed.chain(sum -> dependent.yearReplaced(replaced).map(count -> sum + count));
        }
        return changed;
    }

    private static String clean(String value) {
        return CalendarRules.blank(value) ? null : value.strip();
    }
}
