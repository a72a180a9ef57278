package ru.otklik.appeals;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One step of an appeal's life: who (by role and oid), when, from which status to which, and why. */
@Entity
@Table(name = "appeal_history")
public class AppealHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "appeal_id", nullable = false)
    public Long appealId;

    @Column(nullable = false)
    public Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(name = "actor_oid")
    public String actorOid;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Column(name = "actor_organisation_id")
    public Long actorOrganisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public AppealStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public AppealStatus toStatus;

    public String reason;

    /** Facts of the step that are not personal data: the new organisation, the new due date, the rating. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String details;
}
