package ru.otklik.polls;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import ru.otklik.shared.action.Stateful;

/**
 * A poll (голосование, опрос) of an organisation: its text, window, audience and questions, and its stored status.
 * Write model: changed only through the write kit. Its ballots are not here: see {@code V6__polls.sql}.
 */
@Entity
@Table(name = "poll")
public class Poll implements Stateful<PollStatus> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public Long organisationId;

    @Column(nullable = false)
    public String title;

    @Column(columnDefinition = "text")
    public String description;

    @Column(name = "cover_url")
    public String coverUrl;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience_kind", nullable = false)
    public AudienceKind audienceKind;

    /** The OKTMO prefixes a voter's address must start with (REGION: the region's two digits). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "audience_oktmo", columnDefinition = "varchar(11)[]", nullable = false)
    public String[] audienceOktmo = new String[0];

    @Column(name = "trusted_only", nullable = false)
    public boolean trustedOnly;

    @Enumerated(EnumType.STRING)
    @Column(name = "results_visibility", nullable = false)
    public ResultsVisibility resultsVisibility;

    /**
     * The questions as JSON text ({@code PollQuestions} reads and writes it); ids are positions, frozen once published.
     * Kept as text in Java: the column is jsonb, converted by PostgreSQL on the way in and out.
     */
    @ColumnTransformer(read = "questions::text", write = "cast(cast(? as text) as jsonb)")
    @Column(nullable = false, columnDefinition = "jsonb")
    public String questions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PollStatus status;

    @Column(name = "created_by_oid", nullable = false, updatable = false)
    public String createdByOid;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public int version;

    @Override
    public Long id() {
        return id;
    }

    @Override
    public PollStatus status() {
        return status;
    }

    @Override
    public void enter(PollStatus next) {
        status = next;
    }

    @Override
    public int version() {
        return version;
    }
}
