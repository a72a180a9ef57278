package ru.otklik.appeals.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.otklik.appeals.Appeal;
import ru.otklik.appeals.AppealAction;
import ru.otklik.appeals.AppealStatus;
import ru.otklik.appeals.Channel;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.caller.PlatformRole;

/** Who a partner's client is to an appeal, without Quarkus. */
class AppealPartnerRulesTest {

    private static final long CHILD = 12L;
    private static final AppealActor PARTNER = new AppealActor(new Caller("service-account-crm", false,
            new Caller.PersonName(null, null, null, null), Set.of(PlatformRole.PARTNER), List.of(), null, "crm"),
            List.of(), Set.of(10L, CHILD));

    @Test
    void aPartnerFollowsOnlyRegisteredAppealsOfItsScopeAndMayDoNothingToThem() {
        Appeal appeal = appeal(AppealStatus.SUBMITTED, CHILD);
        assertFalse(PARTNER.canSee(appeal), "not before registration, like the organisation itself");
        appeal.registeredAt = Instant.parse("2026-03-02T10:00:00Z");
        appeal.status = AppealStatus.REGISTERED;
        assertTrue(PARTNER.canSee(appeal));
        assertFalse(PARTNER.seesPeople(appeal));
        for (AppealAction action : AppealAction.values()) {
            assertFalse(PARTNER.mayPerform(action, appeal), action.name());
        }
        assertFalse(PARTNER.canSee(appeal(AppealStatus.REGISTERED, 99L)));
        assertNull(AppealViews.visibility("entered", actorWithout(PARTNER)));
    }

    @Test
    void aPartnerThatFiledThroughOpen311SpeaksForItsApplicant() {
        Appeal appeal = appeal(AppealStatus.SUBMITTED, 99L);
        appeal.authorOid = null;
        appeal.enteredByOid = "service-account-crm";
        appeal.channel = Channel.OPEN311;
        assertTrue(PARTNER.canSee(appeal));
        assertTrue(PARTNER.seesPeople(appeal));
        assertTrue(PARTNER.mayPerform(AppealAction.WITHDRAW, appeal));
        assertEquals("PARTNER", PARTNER.roleFor(AppealAction.SUBMIT, appeal));
        assertEquals(List.of(10L, CHILD), AppealViews.visibility("inbox", PARTNER).organisationIds());
        assertEquals("service-account-crm", AppealViews.visibility("entered", PARTNER).enteredByOid());
    }

    private static AppealActor actorWithout(AppealActor partner) {
        Caller caller = partner.caller();
        return new AppealActor(new Caller(caller.oid(), false, caller.name(), caller.roles(), List.of(), null, null),
                List.of(), Set.of());
    }

    private static Appeal appeal(AppealStatus status, long organisationId) {
        Appeal appeal = new Appeal();
        appeal.id = 1L;
        appeal.status = status;
        appeal.authorOid = "1000100002";
        appeal.organisationId = organisationId;
        appeal.channel = Channel.MOBILE;
        appeal.regionCode = "38";
        return appeal;
    }
}
