package ru.otklik.appeals.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
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
 * once within the window, who attaches when, who sees which files, how a deadline is set and when it may be counted
 * again. Free of I/O, so that they are tested without Quarkus.
 */
@ApplicationScoped
public class AppealRules {

    /** The statuses in which a deadline runs. */
    public static final Set<AppealStatus> RUNNING = Set.of(AppealStatus.REGISTERED, AppealStatus.REDIRECTED,
            AppealStatus.IN_PROGRESS);

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

    /**
     * Starts a deadline: the due date is {@code workingDays} working days after {@code from} and ends at midnight in the
     * region. What it was counted from is kept with it, and whether a counted day lies in a provisional year.
     */
    public void setDeadline(Appeal appeal, ProductionCalendar calendar, LocalDate from, int workingDays) {
        appeal.deadlineStart = from;
        appeal.deadlineWorkingDays = workingDays;
        apply(appeal, calendar.deadline(from, workingDays));
    }

    /**
     * Extends the deadline by {@code days} working days. A fixed due date stays where it is and the extension counts on
     * from it; a provisional one is counted again from its start, so that a later recount covers all of it.
     */
    public void extendDeadline(Appeal appeal, ProductionCalendar calendar, int days) {
        if (appeal.dueDateProvisional && appeal.deadlineWorkingDays != null) {
            setDeadline(appeal, calendar, deadlineStart(appeal), appeal.deadlineWorkingDays + days);
        } else {
            setDeadline(appeal, calendar, appeal.dueDate, days);
        }
    }

    /**
     * The law fixes a deadline at registration, unless the calendar it was counted on was provisional. So a deadline is
     * counted again on a replaced calendar only when it is provisional, still running (not answered, closed or
     * withdrawn) and its due date has not passed; then it is counted as at first, from the same day and as many
     * working days. Null when it may not be (or what it was counted from is not known).
     */
    public ProductionCalendar.Deadline recount(Appeal appeal, ProductionCalendar calendar, Instant now) {
        if (!appeal.dueDateProvisional || appeal.deadlineWorkingDays == null || !RUNNING.contains(appeal.status)
                || !now.isBefore(appeal.dueAt)) {
            return null;
        }
        return calendar.deadline(deadlineStart(appeal), appeal.deadlineWorkingDays);
    }

    /** Puts a recounted deadline in place. */
    public void recounted(Appeal appeal, ProductionCalendar.Deadline deadline) {
        apply(appeal, deadline);
    }

    private LocalDate deadlineStart(Appeal appeal) {
        // a deadline set before its start was kept (see V8) was counted from the registration day
        return appeal.deadlineStart != null ? appeal.deadlineStart : today(appeal, appeal.registeredAt);
    }

    private void apply(Appeal appeal, ProductionCalendar.Deadline deadline) {
        appeal.dueDate = deadline.due();
        appeal.dueAt = deadline.due().plusDays(1).atStartOfDay(zones.apply(appeal.regionCode)).toInstant();
        appeal.dueDateProvisional = deadline.provisional();
    }
}
