package ru.otklik.discussions;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import ru.otklik.shared.action.Stateful;

/** A public discussion of an organisation's draft. Write model: changed only through the write kit. */
@Entity
@Table(name = "discussion")
public class Discussion implements Stateful<DiscussionStatus> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public Long organisationId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(name = "document_title")
    public String documentTitle;

    @Column(name = "document_url")
    public String documentUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience_kind", nullable = false)
    public AudienceKind audienceKind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "audience_oktmo", nullable = false, columnDefinition = "text[]")
    public String[] audienceOktmo;

    @Column(name = "trusted_only", nullable = false)
    public boolean trustedOnly;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModerationMode moderation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DiscussionStatus status;

    @Column(name = "open_until")
    public Instant openUntil;

    public String summary;

    @Column(name = "created_by_oid", nullable = false, updatable = false)
    public String createdByOid;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version;

    @Override
    public Long id() {
        return id;
    }

    @Override
    public DiscussionStatus status() {
        return status;
    }

    @Override
    public void enter(DiscussionStatus next) {
        status = next;
    }

    @Override
    public int version() {
        return version;
    }

    /** The status readers see: one open until a date is closed from that moment on. */
    public DiscussionStatus statusAt(Instant now) {
        return status == DiscussionStatus.OPEN && (openUntil == null || now.isBefore(openUntil))
                ? DiscussionStatus.OPEN
                : DiscussionStatus.CLOSED;
    }

    public boolean openAt(Instant now) {
        return statusAt(now) == DiscussionStatus.OPEN;
    }

    public List<String> audience() {
        return List.of(audienceOktmo);
    }
}
