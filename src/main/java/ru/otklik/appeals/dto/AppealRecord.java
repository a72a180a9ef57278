package ru.otklik.appeals.dto;

import java.time.Instant;
import java.time.LocalDate;

import ru.otklik.appeals.AppealStatus;
import ru.otklik.appeals.RejectionReason;

/**
 * An appeal as a reader that takes many at once sees it, for a caller who may see it: what it is about and where,
 * where it stands, the answer; never who filed it.
 */
public record AppealRecord(
        long id,
        String number,
        AppealStatus status,
        long categoryId,
        long organisationId,
        String text,
        String address,
        GeoPoint location,
        String mediaUrl,
        Instant createdAt,
        Instant updatedAt,
        LocalDate dueDate,
        Instant dueAt,
        String answerText,
        RejectionReason rejectionReason) {
}
