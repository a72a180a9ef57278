package ru.otklik.appeals.dto;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.appeals.AppealAttachment;

@Schema(name = "Attachment", requiredProperties = { "id", "part", "fileName", "mediaType", "size", "sha256", "createdAt",
        "thumbnail" })
public record AttachmentView(
        @Schema(example = "5") long id,
        @Schema(description = "APPEAL: the author's; ANSWER: the organisation's, with the answer") AppealAttachment.Part part,
        @Schema(example = "photo.jpg") String fileName,
        @Schema(example = "image/jpeg") String mediaType,
        @Schema(description = "Bytes", example = "482133") long size,
        @Schema(description = "Hex SHA-256 of the content", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        Instant createdAt,
        @Schema(description = "A JPEG thumbnail of the photo exists: GET …/attachments/{attachmentId}/thumbnail") boolean thumbnail) {
}
