package ru.otklik.appeals.dto;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.appeals.AppealAttachment;

@Schema(name = "Attachment")
public record AttachmentView(
        long id,
        @Schema(description = "APPEAL: the author's; ANSWER: the organisation's, with the answer") AppealAttachment.Part part,
        @Schema(example = "photo.jpg") String fileName,
        @Schema(example = "image/jpeg") String mediaType,
        long size,
        @Schema(description = "Hex SHA-256 of the content") String sha256,
        Instant createdAt) {
}
