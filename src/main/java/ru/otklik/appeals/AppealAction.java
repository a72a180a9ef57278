package ru.otklik.appeals;

import static ru.otklik.appeals.AppealStatus.ANSWERED;
import static ru.otklik.appeals.AppealStatus.CLOSED;
import static ru.otklik.appeals.AppealStatus.IN_PROGRESS;
import static ru.otklik.appeals.AppealStatus.REDIRECTED;
import static ru.otklik.appeals.AppealStatus.REGISTERED;
import static ru.otklik.appeals.AppealStatus.REJECTED;
import static ru.otklik.appeals.AppealStatus.SUBMITTED;
import static ru.otklik.appeals.AppealStatus.WITHDRAWN;
import static ru.otklik.shared.action.StateMachine.from;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.shared.action.StateMachine;

/** What can happen to an appeal. Where each action may start, where it leads and what it publishes: {@link #TABLE}. */
@Schema(name = "AppealAction")
public enum AppealAction {
    SUBMIT,
    MODERATE,
    TAKE,
    ANSWER,
    REDIRECT,
    EXTEND,
    WITHDRAW,
    RATE,
    REOPEN,
    ATTACH,
    /** The platform counts a provisional deadline again on a replaced calendar year (never a caller's action). */
    RECALCULATE;

    /** The whole state machine of an appeal; see the diagram in {@link AppealStatus}. */
    public static final StateMachine<AppealAction, AppealStatus> TABLE = StateMachine.<AppealAction, AppealStatus>of("appeal")
            .creates(SUBMIT, SUBMITTED, "appeal.submitted")
            .move(MODERATE, from(SUBMITTED), REGISTERED, "appeal.registered")
            .move(MODERATE, from(SUBMITTED), REJECTED, "appeal.rejected")
            .move(TAKE, from(REGISTERED, REDIRECTED), IN_PROGRESS, "appeal.taken")
            .move(ANSWER, from(IN_PROGRESS), ANSWERED, "appeal.answered")
            .move(REDIRECT, from(REGISTERED, REDIRECTED, IN_PROGRESS), REDIRECTED, "appeal.redirected")
            .stay(EXTEND, from(REGISTERED, REDIRECTED, IN_PROGRESS), "appeal.extended")
            .move(WITHDRAW, from(SUBMITTED, REGISTERED, REDIRECTED, IN_PROGRESS), WITHDRAWN, "appeal.withdrawn")
            .move(RATE, from(ANSWERED), CLOSED, "appeal.rated")
            .move(REOPEN, from(ANSWERED, CLOSED), IN_PROGRESS, "appeal.reopened")
            .stay(ATTACH, from(SUBMITTED, IN_PROGRESS), "appeal.attachment_added")
            .stay(RECALCULATE, from(REGISTERED, REDIRECTED, IN_PROGRESS), "appeal.deadline_recalculated")
            // a moderator's decision: audited (who let an appeal in or turned it away)
            .privileged(MODERATE)
            .build();
}
