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

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Entity
@Table(name = "appeal_attachment")
public class AppealAttachment {

    /** Whose file it is: the author's, with the appeal, or the organisation's, with the answer. */
    @Schema(name = "AttachmentPart")
    public enum Part {
        APPEAL,
        ANSWER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "appeal_id", nullable = false)
    public Long appealId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Part part;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Column(nullable = false)
    public byte[] content;

    /** A small JPEG of a photo, made at upload; null for a PDF and for an image that could not be decoded. */
    @Column
    public byte[] thumbnail;

    @Column(name = "uploaded_by_oid", nullable = false)
    public String uploadedByOid;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
