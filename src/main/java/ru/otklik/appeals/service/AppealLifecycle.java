package ru.otklik.appeals.service;

import static ru.otklik.appeals.AppealAction.ANSWER;
import static ru.otklik.appeals.AppealAction.EXTEND;
import static ru.otklik.appeals.AppealAction.MODERATE;
import static ru.otklik.appeals.AppealAction.RATE;
import static ru.otklik.appeals.AppealAction.REDIRECT;
import static ru.otklik.appeals.AppealAction.REOPEN;
import static ru.otklik.appeals.AppealAction.TAKE;
import static ru.otklik.appeals.AppealAction.WITHDRAW;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.appeals.Appeal;
import ru.otklik.appeals.AppealAction;
import ru.otklik.appeals.AppealStatus;
import ru.otklik.appeals.RejectionReason;
import ru.otklik.appeals.dto.Actions;
import ru.otklik.appeals.dto.AppealView;
import ru.otklik.appeals.repository.AppealRepository;
import ru.otklik.calendar.WorkingCalendar;
import ru.otklik.organisations.dto.OrganisationView;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.shared.action.Change;
import ru.otklik.shared.action.Step;
import ru.otklik.shared.action.WriteRequest;
import ru.otklik.shared.action.Writes;
import ru.otklik.shared.action.Written;
import ru.otklik.shared.problem.ApiException;

/**
 * The actions on a filed appeal. Each is its own part of the change only: the kit ({@link Writes}) checks
 * visibility, role, status, rules and version, sets the status from {@link AppealAction#TABLE}, and writes the
 * journal entry and the event. What an action reads from other features (the calendar, the target organisation) is
 * read here before the kit opens the transaction; an action that counts a deadline makes sure in the transaction that
 * the calendar it counted on is still the committed one.
 */
@ApplicationScoped
public class AppealLifecycle {

    private final Writes writes;
    private final Appeals appeals;
    private final AppealViews views;
    private final AppealRules rules;
    private final AppealRepository repository;
    private final WorkingCalendar calendar;
    private final OrganisationService organisations;

    public AppealLifecycle(Writes writes, Appeals appeals, AppealViews views, AppealRules rules,
            AppealRepository repository, WorkingCalendar calendar, OrganisationService organisations) {
        this.writes = writes;
        this.appeals = appeals;
        this.views = views;
        this.rules = rules;
        this.repository = repository;
        this.calendar = calendar;
        this.organisations = organisations;
    }

    /** APPROVE registers the appeal and starts its deadline; REJECT closes it with a reason. */
    public Uni<Written<AppealView>> moderate(WriteRequest request, Actions.Moderate body) {
        return calendar.calendar().chain(days -> act(request, MODERATE, body, (appeal, actor) -> {
            if (body.decision() == Actions.Decision.REJECT) {
                return reject(appeal, body);
            }
            if (body.reason() != null || body.duplicateOf() != null) {
                throw ApiException.invalid("reason", "appeal.reject.fields.not-allowed");
            }
            return calendar.stillCurrent(days).map(current -> {
                Instant now = Instant.now();
                appeal.registeredAt = now;
                rules.setDeadline(appeal, days, rules.today(appeal, now), appeal.deadlineDays);
                return deadline(Step.because(body.comment()).leadingTo(AppealStatus.REGISTERED), appeal);
            });
        }));
    }

    /** The journal's facts of a deadline just set. */
    private static Step deadline(Step step, Appeal appeal) {
        return step.with("dueDate", appeal.dueDate.toString()).with("dueDateProvisional", appeal.dueDateProvisional ? true : null);
    }

    private Uni<Step> reject(Appeal appeal, Actions.Moderate body) {
        if (body.reason() == null) {
            throw ApiException.invalid("reason", "appeal.reject.reason.required");
        }
        if (body.reason() != RejectionReason.DUPLICATE && body.duplicateOf() != null) {
            throw ApiException.invalid("duplicateOf", "appeal.reject.fields.not-allowed");
        }
        if (body.reason() == RejectionReason.DUPLICATE && body.duplicateOf() == null) {
            throw ApiException.invalid("duplicateOf", "appeal.reject.duplicate-of.required");
        }
        Uni<Void> original = body.duplicateOf() == null ? Uni.createFrom().voidItem()
                : repository.findById(body.duplicateOf()).invoke(found -> {
                    if (found == null || found.id.equals(appeal.id)) {
                        throw ApiException.invalid("duplicateOf", "appeal.reject.duplicate-of.unknown");
                    }
                }).replaceWithVoid();
        return original.map(ignored -> {
            appeal.rejectionReason = body.reason();
            appeal.rejectionComment = body.comment();
            appeal.duplicateOf = body.duplicateOf();
            return Step.because(body.comment()).leadingTo(AppealStatus.REJECTED)
                    .with("rejectionReason", body.reason().name())
                    .with("duplicateOf", body.duplicateOf());
        });
    }

    public Uni<Written<AppealView>> take(WriteRequest request) {
        return act(request, TAKE, null, (appeal, actor) -> {
            appeal.takenByOid = actor.oid();
            return Step.done().asUni();
        });
    }

    public Uni<Written<AppealView>> answer(WriteRequest request, Actions.Answer body) {
        return act(request, ANSWER, body, (appeal, actor) -> {
            appeal.answerText = body.text();
            appeal.answeredAt = Instant.now();
            appeal.answeredByOid = actor.oid();
            // the answer is the organisation's text; the journal keeps it, so that a re-examination does not lose it
            return Step.done().with("answer", body.text()).asUni();
        });
    }

    /** To another connected organisation; the deadline does not restart. */
    public Uni<Written<AppealView>> redirect(WriteRequest request, Actions.Redirect body) {
        return organisations.find(body.organisationId()).chain(target -> act(request, REDIRECT, body, (appeal, actor) -> {
            if (body.organisationId().equals(appeal.organisationId)) {
                throw ApiException.invalid("organisationId", "appeal.redirect.same");
            }
            if (!accepts(target)) {
                throw ApiException.invalid("organisationId", "appeal.redirect.target");
            }
            Step step = Step.because(body.reason())
                    .with("fromOrganisationId", appeal.organisationId)
                    .with("toOrganisationId", target.id());
            appeal.organisationId = target.id();
            appeal.takenByOid = null;
            return step.asUni();
        }));
    }

    private static boolean accepts(OrganisationView target) {
        return target != null && target.active() && target.connected();
    }

    /** Once per appeal (a rule of {@link AppealRules}), by at most the category's deadline. */
    public Uni<Written<AppealView>> extend(WriteRequest request, Actions.Extend body) {
        return calendar.calendar().chain(days -> act(request, EXTEND, body, (appeal, actor) -> {
            if (body.days() > appeal.deadlineDays) {
                throw ApiException.invalid("days", "appeal.extend.too-long", appeal.deadlineDays);
            }
            return calendar.stillCurrent(days).map(current -> {
                LocalDate previous = appeal.dueDate;
                rules.extendDeadline(appeal, days, body.days());
                appeal.extended = true;
                return deadline(Step.because(body.reason()).with("previousDueDate", previous.toString()), appeal)
                        .with("days", body.days());
            });
        }));
    }

    public Uni<Written<AppealView>> withdraw(WriteRequest request, Actions.Withdraw body) {
        return act(request, WITHDRAW, body, (appeal, actor) -> Step.because(body == null ? null : body.reason()).asUni());
    }

    public Uni<Written<AppealView>> rate(WriteRequest request, Actions.Rate body) {
        return act(request, RATE, body, (appeal, actor) -> {
            appeal.rating = body.rating().shortValue();
            appeal.ratingComment = body.comment();
            return Step.because(body.comment()).with("rating", body.rating()).asUni();
        });
    }

    /** Re-examination (once, within the window: rules of {@link AppealRules}) with a new deadline. */
    public Uni<Written<AppealView>> reopen(WriteRequest request, Actions.Reopen body) {
        return calendar.calendar().chain(days -> act(request, REOPEN, body, (appeal, actor) -> calendar.stillCurrent(days)
                .map(current -> {
                    rules.setDeadline(appeal, days, rules.today(appeal, Instant.now()), appeal.deadlineDays);
                    appeal.reopened = true;
                    appeal.answerText = null;
                    appeal.answeredAt = null;
                    appeal.answeredByOid = null;
                    appeal.rating = null;
                    appeal.ratingComment = null;
                    return deadline(Step.because(body.reason()), appeal);
                })));
    }

    /**
     * Through the kit. An action that sets a deadline first holds the calendar it counted on (before its change touches
     * the appeal: every transaction takes the calendar's lock before any appeal's, see {@link WorkingCalendar#stillCurrent}).
     */
    private Uni<Written<AppealView>> act(WriteRequest request, AppealAction action, Object body,
            Change<Appeal, AppealActor> change) {
        return writes.act(appeals, request, action, body, (appeal, actor) -> change.apply(appeal, actor)
                .invoke(() -> appeal.updatedAt = Instant.now()), views::afterWrite);
    }
}
