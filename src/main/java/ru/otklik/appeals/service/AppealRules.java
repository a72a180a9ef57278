package ru.otklik.appeals.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.otklik.appeals.Appeal;
import ru.otklik.appeals.AppealAction;
import ru.otklik.appeals.AppealAttachment;
import ru.otklik.appeals.AppealStatus;
import ru.otklik.calendar.ProductionCalendar;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/**
 * The rules of an appeal beyond its transition table and its actors' roles, each written once: extend once, reopen
 * once within the window, who attaches when, who sees which files, and how a deadline is set. Free of I/O, so that
 * they are tested without Quarkus.
 */
@ApplicationScoped
public class AppealRules {

    private final Duration reopenWindow;
    private final Function<String, ZoneId> zones;

    @Inject
    public AppealRules(OtklikConfig config) {
        this(Duration.ofDays(config.appeals().reopenWindowDays()), config::zoneOf);
    }

    public AppealRules(Duration reopenWindow, Function<String, ZoneId> zones) {
        this.reopenWindow = reopenWindow;
        this.zones = zones;
    }

    /** Why the action may not be taken now although the table and the actor's role allow it, or null. */
    public ApiException refusal(AppealActor actor, AppealAction action, Appeal appeal, Instant now) {
        return switch (action) {
            case EXTEND -> appeal.extended ? new ApiException(ProblemType.CONFLICT, "appeal.extend.once") : null;
            case REOPEN -> appeal.reopened ? new ApiException(ProblemType.CONFLICT, "appeal.reopen.once")
                    : !now.isBefore(reopenableUntil(appeal))
                            ? new ApiException(ProblemType.CONFLICT, "appeal.reopen.too-late", reopenWindow.toDays())
                            : null;
            case ATTACH -> mayAttachNow(actor, appeal) ? null
                    : ApiException.invalidTransition("attach", appeal.status.name());
            default -> null;
        };
    }

    /** Until when the author may ask for re-examination of the answer. */
    public Instant reopenableUntil(Appeal appeal) {
        return appeal.answeredAt.plus(reopenWindow);
    }

    /** The author before registration; the handling official while working on the answer. */
    public boolean mayAttachNow(AppealActor actor, Appeal appeal) {
        return appeal.status == AppealStatus.SUBMITTED && actor.speaksForApplicant(appeal)
                || appeal.status == AppealStatus.IN_PROGRESS && actor.handles(appeal);
    }

    /** Which side a file attached now belongs to. */
    public AppealAttachment.Part partAttachedNow(Appeal appeal) {
        return appeal.status == AppealStatus.SUBMITTED ? AppealAttachment.Part.APPEAL : AppealAttachment.Part.ANSWER;
    }

    /** Files for the answer are the organisation's own until the answer is given. */
    public boolean maySeeFile(AppealActor actor, AppealAttachment.Part part, Appeal appeal) {
        return part == AppealAttachment.Part.APPEAL || appeal.answeredAt != null || actor.handles(appeal) || actor.moderates();
    }

    /** The day it is now in the appeal's region. */
    public LocalDate today(Appeal appeal, Instant now) {
        return LocalDate.ofInstant(now, zones.apply(appeal.regionCode));
    }

    /** Sets the due date {@code workingDays} working days after {@code from}; it ends at midnight in the region. */
    public void setDeadline(Appeal appeal, ProductionCalendar calendar, LocalDate from, int workingDays) {
        LocalDate due = calendar.addWorkingDays(from, workingDays);
        appeal.dueDate = due;
        appeal.dueAt = due.plusDays(1).atStartOfDay(zones.apply(appeal.regionCode)).toInstant();
    }
}
