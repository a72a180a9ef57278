package ru.otklik.appeals.service;

import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.appeals.Appeal;
import ru.otklik.appeals.AppealAction;
import ru.otklik.appeals.AppealStatus;
import ru.otklik.appeals.dto.AppealEvent;
import ru.otklik.organisations.dto.OrganisationView;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.partners.service.PartnerScopes;
import ru.otklik.shared.action.Acting;
import ru.otklik.shared.action.EventFacts;
import ru.otklik.shared.action.Lifecycle;
import ru.otklik.shared.action.StateMachine;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.problem.ApiException;

/** Appeals as the write kit sees them: the table, the actor, and the rules of {@link AppealActor} and {@link AppealRules}. */
@ApplicationScoped
public class Appeals implements Lifecycle<Appeal, AppealStatus, AppealAction, AppealActor> {

    private final OrganisationService organisations;
    private final PartnerScopes partners;
    private final AppealRules rules;

    public Appeals(OrganisationService organisations, PartnerScopes partners, AppealRules rules) {
        this.organisations = organisations;
        this.partners = partners;
        this.rules = rules;
    }

    @Override
    public StateMachine<AppealAction, AppealStatus> machine() {
        return AppealAction.TABLE;
    }

    @Override
    public Class<Appeal> type() {
        return Appeal.class;
    }

    /** The caller with the directory ids of the organisations they act for, and a partner's client with its scope. */
    @Override
    public Uni<AppealActor> actor(Caller caller) {
        return organisations.findByEsiaOids(caller.organisationOids())
                .chain(found -> partners.of(caller).map(scope -> new AppealActor(caller,
                        found.stream().map(OrganisationView::id).toList(),
                        scope == null ? Set.of() : scope.organisationIds())));
    }

    @Override
    public boolean canSee(AppealActor actor, Appeal appeal) {
        return actor.canSee(appeal);
    }

    @Override
    public boolean mayPerform(AppealActor actor, AppealAction action, Appeal appeal) {
        return actor.mayPerform(action, appeal);
    }

    @Override
    public ApiException refusal(AppealActor actor, AppealAction action, Appeal appeal, Instant now) {
        return rules.refusal(actor, action, appeal, now);
    }

    @Override
    public ApiException notFound(long id) {
        return ApiException.notFound("appeal.not-found", Long.toString(id));
    }

    @Override
    public Acting acting(AppealActor actor, AppealAction action, Appeal appeal) {
        return new Acting(actor.roleFor(action, appeal), actor.handles(appeal) ? appeal.organisationId : null);
    }

    /** A person supports an appeal, or withdraws the support ({@link AppealSupport}): outside the table. */
    @Override
    public java.util.List<String> otherEvents() {
        return AppealSupport.EVENTS;
    }

    /** The handling organisation sees an appeal's events once it is registered, as it sees the appeal. */
    @Override
    public EventFacts describe(Appeal appeal) {
        return new EventFacts(appeal.registeredAt != null ? appeal.organisationId : null, appeal.ownerOid(),
                AppealEvent.of(appeal));
    }
}
