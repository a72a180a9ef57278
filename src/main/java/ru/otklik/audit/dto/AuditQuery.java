package ru.otklik.audit.dto;

import java.time.Instant;

/**
 * A checked selection of the audit trail: every filter optional; {@code after} is the key (time, id) of the last entry
 * of the previous page, newest first.
 */
public record AuditQuery(String actorOid, String objectType, Long objectId, Instant from, Instant to, Instant afterTime,
        Long afterId, int limit) {
}
