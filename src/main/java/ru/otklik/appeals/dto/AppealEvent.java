package ru.otklik.appeals.dto;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import ru.otklik.appeals.Appeal;
import ru.otklik.appeals.AppealStatus;

/**
 * The payload of every {@code appeal.*} event: what partners and live streams learn of an appeal after a change.
 * No text, address, author or applicant: only what the organisation's partners may see of any appeal.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppealEvent(
        long appealId,
        String number,
        AppealStatus status,
        long organisationId,
        long categoryId,
        LocalDate dueDate,
        Boolean dueDateProvisional) {

    public static AppealEvent of(Appeal appeal) {
        return new AppealEvent(appeal.id, appeal.number, appeal.status, appeal.organisationId, appeal.categoryId,
                appeal.dueDate, appeal.dueDate == null ? null : appeal.dueDateProvisional);
    }
}
