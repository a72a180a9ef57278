package ru.otklik.polls.service;

import java.util.List;

import ru.otklik.organisations.dto.OrganisationView;
import ru.otklik.polls.Poll;
import ru.otklik.polls.PollAction;
import ru.otklik.polls.PollStatus;
import ru.otklik.shared.action.Actor;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.caller.OrgRole;

/**
 * The caller as the polls feature sees them: the person, the organisations they act for (as OFFICIAL or ORG_ADMIN,
 * either may run the organisation's polls), or the platform itself (the sweeper). Who may see a poll and who may
 * take which action is decided here and nowhere else.
 */
public record PollActor(Caller caller, List<OrganisationView> organisations, boolean platform) implements Actor {

    /** The platform acting by itself: records that a poll's end has passed. */
    public static final PollActor PLATFORM = new PollActor(Caller.ANONYMOUS, List.of(), true);

    public static PollActor person(Caller caller, List<OrganisationView> organisations) {
        return new PollActor(caller, List.copyOf(organisations), false);
    }

    /** The person's oid; null for the platform and for anonymous callers. */
    @Override
    public String oid() {
        return caller.oid();
    }

    public List<Long> organisationIds() {
        return organisations.stream().map(OrganisationView::id).toList();
    }

    /** An official or administrator of the organisation that owns the poll. */
    public boolean owns(Poll poll) {
        return organisationIds().contains(poll.organisationId);
    }

    /** Drafts are the owning organisation's alone; published and closed polls are public. */
    public boolean canSee(Poll poll) {
        return platform || poll.status != PollStatus.DRAFT || owns(poll);
    }

    public boolean mayPerform(PollAction action, Poll poll) {
        return switch (action) {
            case CREATE, EDIT, PUBLISH, CLOSE -> !platform && owns(poll);
            case EXPIRE -> platform;
        };
    }

    /** The role the journal records: PLATFORM, or the person's role in the owning organisation. */
    public String roleIn(Poll poll) {
        if (platform) {
            return "PLATFORM";
        }
        return organisations.stream()
                .filter(organisation -> organisation.id() == poll.organisationId)
                .map(organisation -> caller.roleIn(organisation.esiaOid()).orElse(OrgRole.OFFICIAL).name())
                .findFirst()
                .orElse("CITIZEN");
    }
}
