package ru.otklik.polls.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.organisations.dto.OrganisationView;
import ru.otklik.polls.AudienceKind;
import ru.otklik.polls.Poll;
import ru.otklik.polls.PollAction;
import ru.otklik.polls.dto.PollInput;
import ru.otklik.polls.dto.PollView;
import ru.otklik.shared.action.Creation.Created;
import ru.otklik.shared.action.Step;
import ru.otklik.shared.action.WriteRequest;
import ru.otklik.shared.action.Writes;
import ru.otklik.shared.action.Written;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ApiException.Violation;
import ru.otklik.shared.problem.ProblemType;

/**
 * Writing a draft: an official or administrator of an organisation creates one (CREATE) and replaces it as a whole
 * while it is a draft (EDIT). A draft may be incomplete, never contradictory ({@link PollValidation#draft}).
 */
@ApplicationScoped
public class PollDrafting {

    private final Writes writes;
    private final Polls polls;
    private final PollViews views;
    private final PollQuestions questions;

    public PollDrafting(Writes writes, Polls polls, PollViews views, PollQuestions questions) {
        this.writes = writes;
        this.polls = polls;
        this.views = views;
        this.questions = questions;
    }

    public Uni<Written<PollView>> create(WriteRequest request, PollInput input) {
        return writes.create(polls, request, PollAction.CREATE, input, actor -> {
            OrganisationView owner = owner(actor, input.organisationId());
            Instant now = Instant.now();
            Poll poll = new Poll();
            poll.organisationId = owner.id();
            poll.createdByOid = actor.oid();
            poll.createdAt = now;
            fill(poll, input, owner, now);
            return Uni.createFrom().item(new Created<>(poll, Step.done()));
        }, views::afterWrite);
    }

    public Uni<Written<PollView>> edit(WriteRequest request, PollInput input) {
        return writes.act(polls, request, PollAction.EDIT, input, (poll, actor) -> {
            if (input.organisationId() != null && !input.organisationId().equals(poll.organisationId)) {
                throw ApiException.invalid("organisationId", "poll.organisation.fixed");
            }
            OrganisationView owner = actor.organisations().stream()
                    .filter(organisation -> organisation.id() == poll.organisationId).findFirst().orElseThrow();
            fill(poll, input, owner, Instant.now());
            return Step.done().asUni();
        }, views::afterWrite);
    }

    /** The organisation the new poll is for: the one named, or the caller's only one. */
    private static OrganisationView owner(PollActor actor, Long organisationId) {
        List<OrganisationView> mine = actor.organisations();
        if (mine.isEmpty()) {
            throw new ApiException(ProblemType.FORBIDDEN, "poll.organisation.none");
        }
        if (organisationId == null) {
            if (mine.size() > 1) {
                throw ApiException.invalid("organisationId", "poll.organisation.choose");
            }
            return mine.get(0);
        }
        return mine.stream().filter(organisation -> organisation.id() == organisationId).findFirst()
                .orElseThrow(() -> new ApiException(ProblemType.FORBIDDEN, "poll.organisation.not-yours"));
    }

    private void fill(Poll poll, PollInput input, OrganisationView owner, Instant now) {
        String region = owner.oktmo().substring(0, 2);
        List<Violation> violations = PollValidation.draft(input, region);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        poll.title = input.title();
        poll.description = input.description();
        poll.coverUrl = input.coverUrl();
        poll.startsAt = input.startsAt();
        poll.endsAt = input.endsAt();
        poll.audienceKind = input.audience().kind();
        poll.audienceOktmo = input.audience().kind() == AudienceKind.REGION ? new String[] { region }
                : input.audience().oktmoPrefixes().stream().distinct().toArray(String[]::new);
        poll.trustedOnly = input.onlyTrusted();
        poll.resultsVisibility = input.resultsVisibility();
        poll.questions = questions.write(PollQuestions.number(input.questions()));
        poll.updatedAt = now;
    }
}
