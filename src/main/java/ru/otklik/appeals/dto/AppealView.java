package ru.otklik.appeals.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.appeals.AppealStatus;
import ru.otklik.appeals.Channel;
import ru.otklik.appeals.RejectionReason;
import ru.otklik.shared.action.Versioned;

@Schema(name = "Appeal", description = "An appeal as the caller may see it, with the actions the caller may take now")
public record AppealView(
        long id,
        @Schema(example = "38-2026-000123") String number,
        AppealStatus status,
        Channel channel,
        Ref category,
        Ref organisation,
        String text,
        String address,
        GeoPoint location,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "A link to a photo kept elsewhere") String mediaUrl,
        @Schema(example = "25701000001") String oktmo,
        @Schema(description = "Priority topic (servicemen and their families)") boolean priority,
        Instant createdAt,
        Instant registeredAt,
        @Schema(description = "Last day to answer, in the organisation's region") LocalDate dueDate,
        @Schema(description = "The due date was counted over a provisional year of the production calendar: it is "
                + "counted again (and the history says so) when that year is replaced or becomes official") boolean dueDateProvisional,
        @Schema(description = "Not answered by the end of the due date") boolean overdue,
        boolean extended,
        boolean reopened,
        @JsonInclude(JsonInclude.Include.NON_NULL) AnswerView answer,
        @JsonInclude(JsonInclude.Include.NON_NULL) RatingView rating,
        @JsonInclude(JsonInclude.Include.NON_NULL) RejectionView rejection,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Operator-filed appeals, for those who handle them") Applicant applicant,
        List<AttachmentView> attachments,
        @Schema(description = "Path segments of the actions this caller may take now", example = "[\"take\", \"redirect\", \"extend\"]") List<String> allowedActions,
        @Schema(description = "Send as If-Match to act only on this version") int version) implements Versioned {

    @Schema(name = "Ref")
    public record Ref(long id, String name) {
    }

    @Schema(name = "Answer")
    public record AnswerView(String text, Instant answeredAt) {
    }

    @Schema(name = "Rating")
    public record RatingView(int value, String comment) {
    }

    @Schema(name = "Rejection")
    public record RejectionView(RejectionReason reason, String comment, Long duplicateOf) {
    }
}
