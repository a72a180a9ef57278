package ru.otklik.shared.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem detail; `type` is stable, `title` and `detail` follow Accept-Language (ru, en)",
        requiredProperties = { "type", "title", "status" })
public record Problem(
        @Schema(example = "https://otklik.ru/problems/validation") URI type,
        @Schema(example = "Некорректный запрос") String title,
        @Schema(example = "400") int status,
        @Schema(example = "Проверьте выделенные поля") String detail,
        @Schema(example = "/api/v1/organisations") String instance,
        @Schema(description = "Field errors, one per invalid field") List<FieldError> errors,
        @Schema(description = "invalid-transition only: the status the resource is in now", example = "ANSWERED") String currentStatus) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError", requiredProperties = { "field", "message" })
    public record FieldError(
            @Schema(example = "inn") String field,
            @Schema(example = "неверное контрольное число ИНН") String message) {
    }
}
