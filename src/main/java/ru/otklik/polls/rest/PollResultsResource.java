package ru.otklik.polls.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import io.smallrye.mutiny.Uni;
import ru.otklik.polls.dto.PollResultsView;
import ru.otklik.polls.service.PollResults;
import ru.otklik.shared.rest.ProblemResponses;

/** {@code GET /api/v1/polls/{id}/results}: as JSON for whoever the poll's visibility allows, as CSV for its owner. */
@Path("/api/v1/polls")
@Tag(name = "polls")
public class PollResultsResource {

    static final String CSV = "text/csv";

    /** A poll of three questions (SINGLE, SCALE, TEXT) as ResultsCsv writes it, after the byte order mark. */
    private static final String CSV_EXAMPLE = "question_id,question,kind,respondents,answer_id,answer,count,share_percent,mean,median\r\n"
            + "0,participants,,1250,,,,,,\r\n"
            + "1,Какой сквер благоустроить?,SINGLE,1250,1,Сквер Кирова,834,66.7,,\r\n"
            + "1,Какой сквер благоустроить?,SINGLE,1250,2,Сквер на ул. Сурикова,291,23.3,,\r\n"
            + "1,Какой сквер благоустроить?,SINGLE,1250,3,Сквер у драмтеатра,125,10.0,,\r\n"
            + "2,Насколько вы довольны скверами сейчас?,SCALE,1180,,1,59,5.0,3.70,4.0\r\n"
            + "2,Насколько вы довольны скверами сейчас?,SCALE,1180,,2,118,10.0,3.70,4.0\r\n"
            + "2,Насколько вы довольны скверами сейчас?,SCALE,1180,,3,295,25.0,3.70,4.0\r\n"
            + "2,Насколько вы довольны скверами сейчас?,SCALE,1180,,4,354,30.0,3.70,4.0\r\n"
            + "2,Насколько вы довольны скверами сейчас?,SCALE,1180,,5,354,30.0,3.70,4.0\r\n"
            + "3,Ваши предложения,TEXT,212,,Больше фонарей вдоль дорожек,,,,\r\n"
            + "3,Ваши предложения,TEXT,212,,\"Поставить урны, и почаще их вывозить\",,,,\r\n";

    private final PollResults results;

    public PollResultsResource(PollResults results) {
        this.results = results;
    }

    @GET
    @Path("/{id}/results")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPollResults", summary = "Results", description = """
            The owning organisation always; others as resultsVisibility says (ALWAYS; AFTER_VOTE: once they voted, \
            everyone once closed; AFTER_CLOSE), else 403. Counts, shares adding up to exactly 100.0 (largest \
            remainder), scale distribution, mean and median, free-text answers for the owner only.""")
    @APIResponse(responseCode = "200", description = "One snapshot", content = @Content(schema = @Schema(implementation = PollResultsView.class)))
    @ProblemResponses.Secured
    @ProblemResponses.NotFound
    public Uni<PollResultsView> results(@RestPath long id) {
        return results.results(id);
    }

    @GET
    @Path("/{id}/results")
    // JSON unless CSV is asked for by name (Accept: */* gets JSON)
    @Produces(CSV + ";qs=0.5")
    @Operation(operationId = "getPollResults", summary = "Results as CSV", description = "The owning organisation only: every count and every free-text answer, UTF-8 with a BOM.")
    @APIResponse(responseCode = "200", description = "RFC 4180 CSV",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), example = CSV_EXAMPLE))
    @ProblemResponses.Secured
    @ProblemResponses.NotFound
    public Uni<Response> csv(@RestPath long id) {
        return results.csv(id).map(csv -> Response.ok(csv, CSV + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"poll-" + id + "-results.csv\"").build());
    }
}
