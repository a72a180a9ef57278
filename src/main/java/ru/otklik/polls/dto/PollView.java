package ru.otklik.polls.dto;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.polls.PollStatus;
import ru.otklik.polls.ResultsVisibility;
import ru.otklik.polls.VoteBarrier;
import ru.otklik.shared.action.Versioned;

@Schema(name = "Poll", description = "A poll as the caller may see it: whether they may vote (and if not, why), and the actions they may take",
        requiredProperties = { "id", "organisation", "title", "audience", "trustedOnly", "resultsVisibility", "status", "open",
                "questions", "createdAt", "mayVote", "resultsAvailable", "allowedActions", "version" })
public record PollView(
        @Schema(example = "14") long id,
        Ref organisation,
        @Schema(example = "Какой сквер благоустроить в 2027 году?") String title,
        @Schema(example = "Город благоустроит один сквер по программе «Формирование комфортной городской среды».") String description,
        @Schema(description = "A link to a cover image", example = "https://example.org/polls/skvery-2027.jpg") String coverUrl,
        Instant startsAt,
        Instant endsAt,
        Audience audience,
        boolean trustedOnly,
        ResultsVisibility resultsVisibility,
        @Schema(description = "CLOSED as soon as the end has passed") PollStatus status,
        @Schema(description = "Accepting ballots now: published, started and not ended") boolean open,
        List<Question> questions,
        Instant createdAt,
        Instant publishedAt,
        @Schema(description = "When it was closed early, or its end once recorded") Instant closedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Whether the caller has voted; absent for anonymous callers") Boolean voted,
        boolean mayVote,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Why the caller may not vote now (absent when they may)") VoteBarrier whyNot,
        @Schema(description = "Whether GET …/results answers this caller now") boolean resultsAvailable,
        @Schema(description = "Path segments of the actions this caller may take now", example = "[\"edit\", \"publish\"]") List<String> allowedActions,
        @Schema(description = "Send as If-Match to act only on this version", example = "2") int version) implements Versioned {

    @Schema(name = "PollOrganisationRef", requiredProperties = "id")
    public record Ref(@Schema(example = "2") long id, @Schema(example = "Администрация г. Иркутска") String name) {
    }
}
