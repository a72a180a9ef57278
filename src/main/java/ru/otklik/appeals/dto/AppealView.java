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

@Schema(name = "Appeal", description = "An appeal as the caller may see it, with the actions the caller may take now",
        requiredProperties = { "id", "number", "status", "channel", "category", "organisation", "text", "oktmo", "priority", "createdAt",
                "dueDateProvisional", "overdue", "extended", "reopened", "attachments", "allowedActions", "version", "supporters" })
public record AppealView(
        @Schema(example = "123") long id,
        @Schema(example = "38-2026-000123") String number,
        AppealStatus status,
        Channel channel,
        Ref category,
        Ref organisation,
        @Schema(example = "Большая яма на проезжей части у дома 12 по ул. Ленина, машины объезжают по встречной") String text,
        @Schema(example = "г. Иркутск, ул. Ленина, 12") String address,
        GeoPoint location,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "A link to a photo kept elsewhere", example = "https://example.org/photos/pothole.jpg") String mediaUrl,
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
        @Schema(description = "Send as If-Match to act only on this version", example = "3") int version,
        @Schema(description = "People who support it (\"me too\"); a support changes the version too", example = "4") int supporters)
        implements Versioned {

    @Schema(name = "Ref", description = "A category or organisation by id, with its name", requiredProperties = "id")
    public record Ref(@Schema(example = "8") long id, @Schema(example = "Ямы на дорогах") String name) {
    }

    @Schema(name = "Answer", requiredProperties = { "text", "answeredAt" })
    public record AnswerView(@Schema(example = "Яма включена в план ямочного ремонта и будет устранена до 15 июня.") String text,
            Instant answeredAt) {
    }

    @Schema(name = "Rating", requiredProperties = "value")
    public record RatingView(@Schema(example = "5") int value, @Schema(example = "Спасибо, яму заделали быстро") String comment) {
    }

    @Schema(name = "Rejection", requiredProperties = "reason")
    public record RejectionView(RejectionReason reason, @Schema(example = "Повторяет обращение 38-2026-000117") String comment,
            @Schema(example = "117") Long duplicateOf) {
    }
}
