package ru.otklik.calendar.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a year rests on; the same fields as the query parameters of an xmlcalendar upload. */
@Schema(name = "CalendarSourceInput")
public record SourceInput(
        @Size(max = 32) @Schema(description = "OFFICIAL: the decree's number", example = "1466") String decreeNumber,
        @Schema(description = "OFFICIAL: the decree's date", example = "2025-09-24") LocalDate decreeDate,
        @Size(max = 500) @Pattern(regexp = SourceInput.URL, message = "{otklik.url}")
        @Schema(description = "Where the decree (or the draft) is published", example = "http://publication.pravo.gov.ru/document/0001202509240001") String url,
        @Size(max = 500) @Schema(description = "PROVISIONAL: a draft decree the year follows, if known", example = "Проект постановления, regulation.gov.ru, ID 158123") String draftReference,
        @Size(max = 2000) @Schema(description = "What the data rests on, in words", example = "Трудовой кодекс, ст. 112; переносы как в 2021 году") String basis) {

    public static final String URL = "https?://\\S+";
}
