package ru.otklik.polls.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.otklik.polls.PollAction.CLOSE;
import static ru.otklik.polls.PollAction.CREATE;
import static ru.otklik.polls.PollAction.EDIT;
import static ru.otklik.polls.PollAction.EXPIRE;
import static ru.otklik.polls.PollAction.PUBLISH;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.otklik.polls.Poll;
import ru.otklik.polls.PollAction;
import ru.otklik.polls.PollStatus;
import ru.otklik.shared.caller.OrgRole;

/** The poll's transition table and who may take which action, as the README's diagram says. */
class PollTableTest {

    @Test
    void eachStatusOffersExactlyTheActionsOfTheDiagram() {
        Map<PollStatus, List<PollAction>> diagram = Map.of(
                PollStatus.DRAFT, List.of(EDIT, PUBLISH),
                PollStatus.PUBLISHED, List.of(CLOSE, EXPIRE),
                PollStatus.CLOSED, List.of());
        for (PollStatus status : PollStatus.values()) {
            assertEquals(diagram.get(status), PollAction.TABLE.actionsFrom(status), "from " + status);
        }
    }

    @Test
    void eachActionLeadsWhereTheDiagramSaysWithItsEvent() {
        assertEquals(PollStatus.DRAFT, PollAction.TABLE.transition(CREATE, null, null).to());
        assertEquals(null, PollAction.TABLE.transition(EDIT, PollStatus.DRAFT, null).to(), "edit keeps the draft a draft");
        assertEquals(PollStatus.PUBLISHED, PollAction.TABLE.transition(PUBLISH, PollStatus.DRAFT, null).to());
        assertEquals(PollStatus.CLOSED, PollAction.TABLE.transition(CLOSE, PollStatus.PUBLISHED, null).to());
        assertEquals(PollStatus.CLOSED, PollAction.TABLE.transition(EXPIRE, PollStatus.PUBLISHED, null).to());
        assertEquals("poll.closed", PollAction.TABLE.transition(EXPIRE, PollStatus.PUBLISHED, null).event(),
                "a poll closed by time publishes the same event as one closed early");
        assertEquals(List.of("poll.created", "poll.edited", "poll.published", "poll.closed"), PollAction.TABLE.events());
    }

    @Test
    void nothingLeavesAClosedPollAndAPublishedPollIsNeverEditedOrPublishedAgain() {
        assertFalse(PollAction.TABLE.allows(EDIT, PollStatus.PUBLISHED));
        assertFalse(PollAction.TABLE.allows(PUBLISH, PollStatus.PUBLISHED));
        assertFalse(PollAction.TABLE.allows(CLOSE, PollStatus.DRAFT));
        for (PollAction action : PollAction.values()) {
            assertFalse(PollAction.TABLE.allows(action, PollStatus.CLOSED), action.name());
        }
    }

    @Test
    void officialsAndAdministratorsOfTheOwnerRunThePollNobodyElseAndOnlyThePlatformExpiresIt() {
        Poll poll = PollFixtures.open();
        PollActor official = PollFixtures.cityOfficial();
        PollActor admin = PollFixtures.official(PollFixtures.CITY_HALL, PollFixtures.CITY_HALL_OID, OrgRole.ORG_ADMIN);
        PollActor otherOrganisation = PollFixtures.official(99, "1000038002", OrgRole.ORG_ADMIN);
        PollActor citizen = PollFixtures.citizen("25701000001", true);
        for (PollAction action : List.of(EDIT, PUBLISH, CLOSE)) {
            assertTrue(official.mayPerform(action, poll), action.name());
            assertTrue(admin.mayPerform(action, poll), action.name());
            assertFalse(otherOrganisation.mayPerform(action, poll), action.name());
            assertFalse(citizen.mayPerform(action, poll), action.name());
            assertFalse(PollActor.PLATFORM.mayPerform(action, poll), action.name());
        }
        assertTrue(PollActor.PLATFORM.mayPerform(EXPIRE, poll));
        assertFalse(official.mayPerform(EXPIRE, poll));
        assertEquals("OFFICIAL", official.roleIn(poll));
        assertEquals("ORG_ADMIN", admin.roleIn(poll));
        assertEquals("PLATFORM", PollActor.PLATFORM.roleIn(poll));
    }

    @Test
    void aDraftIsTheOwnersAlonePublishedAndClosedPollsArePublic() {
        Poll draft = PollFixtures.poll(PollStatus.DRAFT, null, null);
        assertTrue(PollFixtures.cityOfficial().canSee(draft));
        assertFalse(PollFixtures.citizen("25701000001", true).canSee(draft));
        assertFalse(PollFixtures.official(99, "1000038002", OrgRole.ORG_ADMIN).canSee(draft));
        Poll closed = PollFixtures.poll(PollStatus.CLOSED, PollFixtures.NOW.minusSeconds(100), PollFixtures.NOW.minusSeconds(10));
        assertTrue(PollFixtures.citizen(null, false).canSee(closed));
        assertTrue(PollFixtures.citizen(null, false).canSee(PollFixtures.open()));
    }
}
