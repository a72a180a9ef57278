package ru.otklik.calendar.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import ru.otklik.calendar.CalendarStatus;

/** What an xmlcalendar document does not say: the query parameters of its upload (the fields of {@link SourceInput}). */
public class XmlSource {

    @RestQuery
    @NotNull
    @Parameter(description = "xmlcalendar only, and there required: OFFICIAL (with decreeNumber, decreeDate and url) or PROVISIONAL")
    public CalendarStatus status;

    @RestQuery
    @Size(max = 32)
    @Parameter(description = "xmlcalendar, OFFICIAL: the decree's number")
    public String decreeNumber;

    @RestQuery
    @Parameter(description = "xmlcalendar, OFFICIAL: the decree's date, yyyy-mm-dd")
    public LocalDate decreeDate;

    @RestQuery
    @Size(max = 500)
    @Pattern(regexp = SourceInput.URL, message = "{otklik.url}")
    @Parameter(description = "xmlcalendar: where the decree (or the draft) is published")
    public String url;

    @RestQuery
    @Size(max = 500)
    @Parameter(description = "xmlcalendar, PROVISIONAL: a draft decree the year follows, if known")
    public String draftReference;

    @RestQuery
    @Size(max = 2000)
    @Parameter(description = "xmlcalendar: what the data rests on, in words")
    public String basis;

    public SourceInput source() {
        return new SourceInput(decreeNumber, decreeDate, url, draftReference, basis);
    }
}
