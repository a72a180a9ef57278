package ru.otklik.appeals;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ru.otklik.shared.action.Stateful;

/**
 * An appeal (обращение) and its current state. Write model: changed only through the write kit, which also leaves
 * the change's event and journal entry in the outbox.
 */
@Entity
@Table(name = "appeal")
public class Appeal implements Stateful<AppealStatus> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public String number;

    @Column(name = "author_oid", updatable = false)
    public String authorOid;

    @Column(name = "entered_by_oid", updatable = false)
    public String enteredByOid;

    @Column(name = "applicant_name", updatable = false)
    public String applicantName;

    @Column(name = "applicant_phone", updatable = false)
    public String applicantPhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Channel channel;

    @Column(name = "widget_organisation_id", updatable = false)
    public Long widgetOrganisationId;

    @Column(name = "category_id", nullable = false)
    public Long categoryId;

    @Column(name = "organisation_id", nullable = false)
    public Long organisationId;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public String oktmo;

    @Column(nullable = false, updatable = false)
    public String text;

    public String address;

    public Double latitude;

    public Double longitude;

    /** A link to a photo kept elsewhere (Open311's media_url), as the applicant gave it. */
    @Column(name = "media_url", updatable = false)
    public String mediaUrl;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppealStatus status;

    public boolean priority;

    @Column(name = "deadline_days", nullable = false)
    public int deadlineDays;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "due_at")
    public Instant dueAt;

    /** The day the deadline is counted from (not counted itself); null for deadlines set before it was kept. */
    @Column(name = "deadline_start")
    public LocalDate deadlineStart;

    /** The working days counted from {@link #deadlineStart} to the due date; null where they are not known. */
    @Column(name = "deadline_working_days")
    public Integer deadlineWorkingDays;

    /** A counted day lies in a provisional year of the calendar: the due date may still move. */
    @Column(name = "due_date_provisional", nullable = false)
    public boolean dueDateProvisional;

    public boolean extended;

    public boolean reopened;

    @Column(name = "taken_by_oid")
    public String takenByOid;

    @Column(name = "answer_text")
    public String answerText;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_by_oid")
    public String answeredByOid;

    public Short rating;

    @Column(name = "rating_comment")
    public String ratingComment;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason")
    public RejectionReason rejectionReason;

    @Column(name = "rejection_comment")
    public String rejectionComment;

    @Column(name = "duplicate_of")
    public Long duplicateOf;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** The day of filing in the region of the handling organisation. */
    @Column(name = "created_on", nullable = false, updatable = false)
    public LocalDate createdOn;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * People who support it ("me too"). Read-only here: only {@code SupporterRepository} changes it, with the rows,
     * so that a lifecycle change flushing this entity never writes back a count it read earlier.
     */
    @Column(insertable = false, updatable = false)
    public int supporters;

    @Version
    public int version;

    @Override
    public Long id() {
        return id;
    }

    @Override
    public AppealStatus status() {
        return status;
    }

    @Override
    public void enter(AppealStatus next) {
        status = next;
    }

    @Override
    public int version() {
        return version;
    }

    /** The author's oid, or the operator's who entered it for an applicant: whose appeal it is. */
    public String ownerOid() {
        return authorOid != null ? authorOid : enteredByOid;
    }
}
