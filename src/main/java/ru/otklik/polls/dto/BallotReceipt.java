package ru.otklik.polls.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a ballot: it is counted. It names no ballot, since none is kept apart from the counts. */
@Schema(name = "BallotReceipt", requiredProperties = { "pollId", "counted", "resultsAvailable" })
public record BallotReceipt(
        @Schema(example = "14") long pollId,
        @Schema(description = "Always true: the ballot is committed and counted") boolean counted,
        @Schema(description = "Whether GET …/results answers the voter now") boolean resultsAvailable) {
}
