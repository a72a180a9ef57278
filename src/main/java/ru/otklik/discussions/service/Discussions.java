package ru.otklik.discussions.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.discussions.Discussion;
import ru.otklik.discussions.DiscussionAction;
import ru.otklik.discussions.DiscussionStatus;
import ru.otklik.discussions.dto.DiscussionEvent;
import ru.otklik.organisations.dto.OrganisationView;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.shared.action.Acting;
import ru.otklik.shared.action.EventFacts;
import ru.otklik.shared.action.Lifecycle;
import ru.otklik.shared.action.StateMachine;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.caller.OrgRole;
import ru.otklik.shared.problem.ApiException;

/** Discussions as the write kit sees them: public to everyone, closed by whoever speaks for the organisation. */
@ApplicationScoped
public class Discussions implements Lifecycle<Discussion, DiscussionStatus, DiscussionAction, DiscussionActor> {

    private final OrganisationService organisations;

    public Discussions(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Override
    public StateMachine<DiscussionAction, DiscussionStatus> machine() {
        return DiscussionAction.TABLE;
    }

    @Override
    public Class<Discussion> type() {
        return Discussion.class;
    }

    /** The caller with their role in each organisation they act for, by directory id. */
    @Override
    public Uni<DiscussionActor> actor(Caller caller) {
        return organisations.findByEsiaOids(caller.organisationOids()).map(found -> {
            Map<Long, OrgRole> roles = new LinkedHashMap<>();
            for (OrganisationView organisation : found) {
                caller.roleIn(organisation.esiaOid()).ifPresent(role -> roles.put(organisation.id(), role));
            }
            return new DiscussionActor(caller, Map.copyOf(roles));
        });
    }

    @Override
    public boolean canSee(DiscussionActor actor, Discussion discussion) {
        return true;
    }

    @Override
    public boolean mayPerform(DiscussionActor actor, DiscussionAction action, Discussion discussion) {
        return actor.mayPerform(action, discussion);
    }

    /** One open until a date that has passed is closed already, as readers see it. */
    @Override
    public ApiException refusal(DiscussionActor actor, DiscussionAction action, Discussion discussion, Instant now) {
        return action == DiscussionAction.CLOSE && !discussion.openAt(now)
                ? ApiException.invalidTransition("close", DiscussionStatus.CLOSED.name())
                : null;
    }

    @Override
    public ApiException notFound(long id) {
        return ApiException.notFound("discussion.not-found", Long.toString(id));
    }

    @Override
    public Acting acting(DiscussionActor actor, DiscussionAction action, Discussion discussion) {
        OrgRole role = actor.roleIn(discussion.organisationId);
        return new Acting(role == null ? "OFFICIAL" : role.name(), discussion.organisationId);
    }

    @Override
    public EventFacts describe(Discussion discussion) {
        return new EventFacts(discussion.organisationId, null, DiscussionEvent.of(discussion));
    }
}
