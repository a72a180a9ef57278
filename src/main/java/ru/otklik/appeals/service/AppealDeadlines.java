package ru.otklik.appeals.service;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import ru.otklik.appeals.Appeal;
import ru.otklik.appeals.AppealAction;
import ru.otklik.appeals.repository.AppealRepository;
import ru.otklik.calendar.CalendarDependent;
import ru.otklik.calendar.CalendarStatus;
import ru.otklik.calendar.ProductionCalendar;
import ru.otklik.calendar.YearReplaced;
import ru.otklik.shared.action.Step;
import ru.otklik.shared.action.Writes;

/**
 * Provisional deadlines follow the calendar: when an ADMIN replaces a year, every running deadline that was counted
 * on provisional data reaching into it is counted again ({@link AppealRules#recount}: the legal rule), in the
 * replacement's transaction. Each changed due date, or one that now rests on official data, becomes the appeal's
 * RECALCULATE step, by the platform ({@link Writes#bySystem}), caused by the ADMIN who loaded the year.
 */
@ApplicationScoped
public class AppealDeadlines implements CalendarDependent {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Writes writes;
    private final Appeals appeals;
    private final AppealRules rules;
    private final AppealRepository repository;

    public AppealDeadlines(Writes writes, Appeals appeals, AppealRules rules, AppealRepository repository) {
        this.writes = writes;
        this.appeals = appeals;
        this.rules = rules;
        this.repository = repository;
    }

    @Override
    public Uni<Integer> yearReplaced(YearReplaced replaced) {
        Instant now = Instant.now();
        return repository.provisionalReaching(replaced.year(), AppealRules.RUNNING, now)
                .chain(candidates -> Multi.createFrom().iterable(candidates)
                        .onItem().transformToUniAndConcatenate(appeal -> recount(appeal, replaced, now))
                        .collect().with(Collectors.summingInt(Integer::intValue)));
    }

    /** 1 when the deadline changed (its date or what it rests on), 0 when it stays as it was. */
    private Uni<Integer> recount(Appeal appeal, YearReplaced replaced, Instant now) {
        ProductionCalendar.Deadline deadline = rules.recount(appeal, replaced.calendar(), now);
        if (deadline == null || deadline.due().equals(appeal.dueDate) && deadline.provisional() == appeal.dueDateProvisional) {
            return Uni.createFrom().item(0);
        }
        return writes.bySystem(appeals, appeal, AppealAction.RECALCULATE, replaced.loadedByOid(), recounted -> {
            Step step = Step.because(reason(replaced))
                    .with("previousDueDate", recounted.dueDate.toString())
                    .with("calendarYear", replaced.year())
                    .with("calendarStatus", replaced.status().name());
            rules.recounted(recounted, deadline);
            recounted.updatedAt = now;
            return step.with("dueDate", recounted.dueDate.toString())
                    .with("dueDateProvisional", recounted.dueDateProvisional);
        }).replaceWith(1);
    }

    /** Why, in the words of the history a resident reads. */
    private static String reason(YearReplaced replaced) {
        return replaced.status() == CalendarStatus.OFFICIAL
                ? "Срок пересчитан по производственному календарю на %d год, утверждённому постановлением Правительства РФ от %s № %s"
                        .formatted(replaced.year(), DAY.format(replaced.decreeDate()), replaced.decreeNumber())
                : "Срок пересчитан: предварительный производственный календарь на %d год заменён; срок остаётся предварительным"
                        .formatted(replaced.year());
    }
}
