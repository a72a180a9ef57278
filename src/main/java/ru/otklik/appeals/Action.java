package ru.otklik.appeals;

import java.util.EnumSet;
import java.util.Set;

/**
 * What can happen to an appeal, from which statuses, and where it leads: the whole state machine in one table.
 * {@code target} is null where the action decides it (moderation) or keeps the status (extension).
 */
public enum Action {
    SUBMIT(EnumSet.noneOf(AppealStatus.class), AppealStatus.SUBMITTED),
    MODERATE(EnumSet.of(AppealStatus.SUBMITTED), null),
    TAKE(EnumSet.of(AppealStatus.REGISTERED, AppealStatus.REDIRECTED), AppealStatus.IN_PROGRESS),
    ANSWER(EnumSet.of(AppealStatus.IN_PROGRESS), AppealStatus.ANSWERED),
    REDIRECT(EnumSet.of(AppealStatus.REGISTERED, AppealStatus.REDIRECTED, AppealStatus.IN_PROGRESS), AppealStatus.REDIRECTED),
    EXTEND(EnumSet.of(AppealStatus.REGISTERED, AppealStatus.REDIRECTED, AppealStatus.IN_PROGRESS), null),
    WITHDRAW(EnumSet.of(AppealStatus.SUBMITTED, AppealStatus.REGISTERED, AppealStatus.REDIRECTED, AppealStatus.IN_PROGRESS),
            AppealStatus.WITHDRAWN),
    RATE(EnumSet.of(AppealStatus.ANSWERED), AppealStatus.CLOSED),
    REOPEN(EnumSet.of(AppealStatus.ANSWERED, AppealStatus.CLOSED), AppealStatus.IN_PROGRESS),
    ATTACH(EnumSet.of(AppealStatus.SUBMITTED, AppealStatus.IN_PROGRESS), null);

    private final Set<AppealStatus> from;
    private final AppealStatus target;

    Action(Set<AppealStatus> from, AppealStatus target) {
        this.from = from;
        this.target = target;
    }

    public boolean allowedFrom(AppealStatus status) {
        return from.contains(status);
    }

    public AppealStatus target() {
        return target;
    }

    /** The path segment of {@code POST /api/v1/appeals/{id}/<action>}. */
    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
