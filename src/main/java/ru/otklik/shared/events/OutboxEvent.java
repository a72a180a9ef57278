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
 * One change of one aggregate, written in the transaction of the change: the event the outside hears of (type,
 * aggregate, organisation, time, public payload) and the journal entry the aggregate's history shows (who, in which
 * role, from which status to which, why). Never updated. See {@code V5__outbox.sql} for who may see which part.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public String type;

    @Column(name = "aggregate_kind", nullable = false, updatable = false)
    public String aggregateKind;

    @Column(name = "aggregate_id", nullable = false, updatable = false)
    public Long aggregateId;

    @Column(name = "organisation_id", updatable = false)
    public Long organisationId;

    @Column(name = "subject_oid", updatable = false)
    public String subjectOid;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String payload;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(name = "actor_oid", updatable = false)
    public String actorOid;

    @Column(name = "actor_role", nullable = false, updatable = false)
    public String actorRole;

    @Column(name = "actor_organisation_id", updatable = false)
    public Long actorOrganisationId;

    @Column(name = "from_status", updatable = false)
    public String fromStatus;

    @Column(name = "to_status", updatable = false)
    public String toStatus;

    @Column(updatable = false)
    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public String details;
}
