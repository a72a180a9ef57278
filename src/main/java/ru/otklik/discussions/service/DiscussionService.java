package ru.otklik.discussions.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.discussions.AudienceKind;
import ru.otklik.discussions.Discussion;
import ru.otklik.discussions.DiscussionAction;
import ru.otklik.discussions.dto.CloseAction;
import ru.otklik.discussions.dto.DiscussionInput;
import ru.otklik.discussions.dto.DiscussionView;
import ru.otklik.organisations.dto.OrganisationView;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.shared.action.Creation.Created;
import ru.otklik.shared.action.Step;
import ru.otklik.shared.action.WriteRequest;
import ru.otklik.shared.action.Writes;
import ru.otklik.shared.action.Written;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ApiException.Violation;
import ru.otklik.shared.problem.ProblemType;

/**
 * Opening and closing discussions. The owning organisation is read from the directory before the kit opens the
 * transaction; the kit makes the discussion OPEN or CLOSED from the table, with its event.
 */
@ApplicationScoped
public class DiscussionService {

    private final Writes writes;
    private final Discussions discussions;
    private final DiscussionViews views;
    private final OrganisationService organisations;

    public DiscussionService(Writes writes, Discussions discussions, DiscussionViews views,
            OrganisationService organisations) {
        this.writes = writes;
        this.discussions = discussions;
        this.views = views;
        this.organisations = organisations;
    }

    /** By an official or administrator of the owning organisation. */
    public Uni<Written<DiscussionView>> open(WriteRequest request, DiscussionInput input) {
        return organisations.find(input.organisationId()).chain(organisation -> writes.create(discussions, request,
                DiscussionAction.CREATE, input, actor -> Uni.createFrom().item(opened(actor, input, organisation)),
                views::afterWrite));
    }

    private static Created<Discussion> opened(DiscussionActor actor, DiscussionInput input, OrganisationView organisation) {
        if (organisation == null || !organisation.active()) {
            throw ApiException.invalid("organisationId", "discussion.organisation.unknown");
        }
        if (!actor.speaksFor(organisation.id())) {
            throw new ApiException(ProblemType.FORBIDDEN, "discussion.officials-only");
        }
        Instant now = Instant.now();
        List<Violation> violations = new ArrayList<>();
        if (input.openUntil() != null && !input.openUntil().isAfter(now)) {
            violations.add(new Violation("openUntil", "discussion.open-until.past"));
        }
        String[] audience = DiscussionRules.audience(input.audience(), organisation.oktmo(), violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        Discussion discussion = new Discussion();
        discussion.organisationId = organisation.id();
        discussion.title = input.title();
        discussion.body = input.body();
        discussion.documentTitle = input.document() == null ? null : input.document().title().strip();
        discussion.documentUrl = input.document() == null ? null : input.document().url().strip();
        discussion.audienceKind = input.audience() == null ? AudienceKind.REGION : input.audience().kind();
        discussion.audienceOktmo = audience;
        discussion.trustedOnly = input.trustedOnly();
        discussion.moderation = input.moderation();
        discussion.openUntil = input.openUntil();
        discussion.createdByOid = actor.oid();
        discussion.createdAt = now;
        discussion.updatedAt = now;
        return new Created<>(discussion, Step.done().with("moderation", input.moderation().name()));
    }

    /** By whoever speaks for the owning organisation; it stays readable, and takes no comments or reactions. */
    public Uni<Written<DiscussionView>> close(WriteRequest request, CloseAction body) {
        return writes.act(discussions, request, DiscussionAction.CLOSE, body, (discussion, actor) -> {
            Instant now = Instant.now();
            discussion.closedAt = now;
            discussion.updatedAt = now;
            discussion.summary = body == null || body.summary() == null || body.summary().isBlank() ? null
                    : body.summary().strip();
            return Step.done().asUni();
        }, views::afterWrite);
    }
}
