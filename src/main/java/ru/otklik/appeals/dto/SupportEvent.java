package ru.otklik.appeals.dto;

import ru.otklik.appeals.Appeal;
import ru.otklik.appeals.AppealStatus;

/**
 * The payload of {@code appeal.supported} and {@code appeal.support_withdrawn}: the appeal and its count of
 * supporters after the change. Never who supports it (the receiver of the event learns that only of themselves).
 */
public record SupportEvent(long appealId, String number, AppealStatus status, long organisationId, long categoryId,
        int supporters) {

    public static SupportEvent of(Appeal appeal, int supporters) {
        return new SupportEvent(appeal.id, appeal.number, appeal.status, appeal.organisationId, appeal.categoryId, supporters);
    }
}
