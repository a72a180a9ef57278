package ru.otklik.discussions.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.discussions.Discussion;
import ru.otklik.discussions.dto.DiscussionFilter;
import ru.otklik.discussions.dto.DiscussionInput;
import ru.otklik.discussions.dto.DiscussionSummary;
import ru.otklik.discussions.dto.DiscussionView;
import ru.otklik.discussions.repository.DiscussionQueries;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.shared.action.Outcome;
import ru.otklik.shared.action.Writes;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;

/** Discussions as anyone reads them (they are public), always as committed, outside any transaction. */
@ApplicationScoped
public class DiscussionViews {

    private final Discussions discussions;
    private final DiscussionQueries queries;
    private final Writes writes;
    private final CallerResolver callers;
    private final OrganisationService organisations;

    public DiscussionViews(Discussions discussions, DiscussionQueries queries, Writes writes, CallerResolver callers,
            OrganisationService organisations) {
        this.discussions = discussions;
        this.queries = queries;
        this.writes = writes;
        this.callers = callers;
        this.organisations = organisations;
    }

    public Uni<DiscussionView> get(long id) {
        return discussions.actor(callers.current()).chain(actor -> queries.find(id).chain(stored -> {
            if (stored == null) {
                throw discussions.notFound(id);
            }
            return view(stored, actor);
        }));
    }

    public Uni<Page<DiscussionSummary>> list(DiscussionFilter filter, PageRequest page) {
        return queries.list(filter, page);
    }

    /** The response of a write, after its commit. */
    public Uni<DiscussionView> afterWrite(Outcome outcome, DiscussionActor actor) {
        return queries.find(outcome.resourceId()).chain(stored -> stored == null ? Uni.createFrom().nullItem()
                : view(stored, actor));
    }

    private Uni<DiscussionView> view(DiscussionQueries.Stored stored, DiscussionActor actor) {
        Discussion discussion = stored.discussion();
        Instant now = Instant.now();
        return organisations.find(discussion.organisationId).map(organisation -> new DiscussionView(
                discussion.id,
                new DiscussionView.OrganisationRef(discussion.organisationId, organisation == null ? null : organisation.shortName()),
                discussion.title,
                discussion.body,
                discussion.documentUrl == null ? null
                        : new DiscussionInput.DocumentRef(discussion.documentTitle, discussion.documentUrl),
                new DiscussionView.AudienceView(discussion.audienceKind, List.of(discussion.audienceOktmo)),
                discussion.trustedOnly,
                discussion.moderation,
                discussion.statusAt(now),
                discussion.openUntil,
                discussion.createdAt,
                discussion.closedAt,
                discussion.summary,
                stored.officiallyAnswered(),
                writes.allowedActions(discussions, actor, discussion, now),
                discussion.version));
    }
}
