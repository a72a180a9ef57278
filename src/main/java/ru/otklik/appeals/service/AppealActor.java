package ru.otklik.appeals.service;

import java.util.List;
import java.util.Set;

import ru.otklik.appeals.Appeal;
import ru.otklik.appeals.AppealAction;
import ru.otklik.appeals.Channel;
import ru.otklik.shared.action.Actor;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.caller.PlatformRole;

/**
 * The caller as the appeals feature sees them: the person, the directory ids of the organisations they act for as an
 * official, and, for an integration partner's client, every organisation of its registered subtrees. Who may see an
 * appeal and who may take which action is decided here and nowhere else.
 */
public record AppealActor(Caller caller, List<Long> organisationIds, Set<Long> partnerOrganisationIds) implements Actor {

    public AppealActor(Caller caller, List<Long> organisationIds) {
        this(caller, organisationIds, Set.of());
    }

    @Override
    public String oid() {
        return caller.oid();
    }

    public boolean isAuthor(Appeal appeal) {
        return caller.authenticated() && caller.oid().equals(appeal.authorOid);
    }

    /** The contact-centre or MFC operator, or the partner, who entered it, acting for the applicant. */
    public boolean enteredIt(Appeal appeal) {
        return (caller.has(PlatformRole.OPERATOR) || caller.partner()) && caller.oid().equals(appeal.enteredByOid);
    }

    /** The author, or the operator who entered it for the applicant: who speaks for the applicant. */
    public boolean speaksForApplicant(Appeal appeal) {
        return isAuthor(appeal) || enteredIt(appeal);
    }

    /** An official of the organisation that handles it now; organisations see appeals once registered. */
    public boolean handles(Appeal appeal) {
        return appeal.registeredAt != null && organisationIds.contains(appeal.organisationId);
    }

    public boolean moderates() {
        return caller.has(PlatformRole.MODERATOR);
    }

    /** A partner of the organisation that handles it now (of its subtree), read-only, once it is registered. */
    public boolean followsAsPartner(Appeal appeal) {
        return appeal.registeredAt != null && partnerOrganisationIds.contains(appeal.organisationId);
    }

    /** Anyone else does not learn that the appeal exists. */
    public boolean canSee(Appeal appeal) {
        return speaksForApplicant(appeal) || handles(appeal) || moderates() || followsAsPartner(appeal);
    }

    /**
     * Whether the people behind the appeal (the author's oid, the applicant's contacts, who took which step) are
     * shown: not to someone who sees it only as a partner of its organisation.
     */
    public boolean seesPeople(Appeal appeal) {
        return speaksForApplicant(appeal) || handles(appeal) || moderates();
    }

    /** Whether the caller's role permits the action, whatever the appeal's status. */
    public boolean mayPerform(AppealAction action, Appeal appeal) {
        return switch (action) {
            case SUBMIT -> false;
            case MODERATE -> moderates();
            case TAKE, ANSWER, REDIRECT, EXTEND -> handles(appeal);
            case WITHDRAW, RATE, REOPEN -> speaksForApplicant(appeal);
            case ATTACH -> speaksForApplicant(appeal) || handles(appeal);
            case RECALCULATE -> false;
        };
    }

    /** The role recorded in the journal for what the caller does to this appeal. */
    public String roleFor(AppealAction action, Appeal appeal) {
        return switch (action) {
            case SUBMIT -> appeal.enteredByOid == null ? "CITIZEN" : applicantRole(appeal);
            case MODERATE -> "MODERATOR";
            case TAKE, ANSWER, REDIRECT, EXTEND -> "OFFICIAL";
            case ATTACH -> handles(appeal) ? "OFFICIAL" : applicantRole(appeal);
            case WITHDRAW, RATE, REOPEN -> applicantRole(appeal);
            case RECALCULATE -> "SYSTEM";
        };
    }

    private String applicantRole(Appeal appeal) {
        return isAuthor(appeal) ? "CITIZEN" : appeal.channel == Channel.OPEN311 ? "PARTNER" : "OPERATOR";
    }
}
