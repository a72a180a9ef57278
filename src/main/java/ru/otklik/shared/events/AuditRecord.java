package ru.otklik.shared.events;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One privileged action in the audit trail, written by {@link AuditTrail} in the transaction of the action. Never
 * updated. See {@code V13__audit.sql} for what it may hold; {@code ru.otklik.audit} reads it.
 */
@Entity
@Table(name = "audit_entry")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(name = "actor_oid", updatable = false)
    public String actorOid;

    @Column(name = "actor_role", nullable = false, updatable = false)
    public String actorRole;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(name = "object_type", nullable = false, updatable = false)
    public String objectType;

    @Column(name = "object_id", nullable = false, updatable = false)
    public Long objectId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public String before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public String after;

    @Column(name = "event_id", updatable = false)
    public Long eventId;
}
