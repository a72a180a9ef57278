package ru.otklik.shared.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.otklik.shared.action.StateMachine.from;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The kit's transition table, as a feature declares it; no Quarkus, no database. */
class StateMachineTest {

    enum Status {
        DRAFT, OPEN, CLOSED, HIDDEN
    }

    enum Act {
        CREATE, OPEN, CLOSE, EDIT, MODERATE
    }

    private static final StateMachine<Act, Status> TABLE = StateMachine.<Act, Status>of("thing")
            .creates(Act.CREATE, Status.DRAFT, "thing.created")
            .move(Act.OPEN, from(Status.DRAFT), Status.OPEN, "thing.opened")
            .move(Act.CLOSE, from(Status.OPEN), Status.CLOSED, "thing.closed")
            .stay(Act.EDIT, from(Status.DRAFT), "thing.edited")
            .move(Act.MODERATE, from(Status.OPEN, Status.HIDDEN), Status.HIDDEN, "thing.hidden")
            .move(Act.MODERATE, from(Status.OPEN, Status.HIDDEN), Status.OPEN, "thing.opened")
            .build();

    @Test
    void anActionIsAllowedOnlyFromTheStatusesOfItsRows() {
        assertTrue(TABLE.allows(Act.OPEN, Status.DRAFT));
        assertFalse(TABLE.allows(Act.OPEN, Status.OPEN));
        assertFalse(TABLE.allows(Act.CLOSE, Status.DRAFT));
        assertFalse(TABLE.allows(Act.CREATE, Status.DRAFT), "a creating action starts from no status");
    }

    @Test
    void theRowGivesTheTargetAndTheEvent() {
        StateMachine.Transition<Act, Status> row = TABLE.transition(Act.CLOSE, Status.OPEN, null);
        assertEquals(Status.CLOSED, row.to());
        assertEquals("thing.closed", row.event());
        assertEquals(Status.DRAFT, TABLE.transition(Act.CREATE, null, null).to());
    }

    @Test
    void anActionThatKeepsTheStatusHasNoTarget() {
        assertNull(TABLE.transition(Act.EDIT, Status.DRAFT, null).to());
    }

    @Test
    void anActionWithSeveralTargetsMustBeToldWhichOne() {
        assertThrows(IllegalStateException.class, () -> TABLE.transition(Act.MODERATE, Status.OPEN, null));
        assertEquals("thing.hidden", TABLE.transition(Act.MODERATE, Status.OPEN, Status.HIDDEN).event());
        assertEquals("thing.opened", TABLE.transition(Act.MODERATE, Status.HIDDEN, Status.OPEN).event());
        assertThrows(IllegalStateException.class, () -> TABLE.transition(Act.MODERATE, Status.OPEN, Status.CLOSED),
                "a target the table does not have is a programming error");
    }

    @Test
    void aTransitionTheTableDoesNotHaveIsAProgrammingError() {
        assertThrows(IllegalStateException.class, () -> TABLE.transition(Act.CLOSE, Status.DRAFT, null));
    }

    @Test
    void theActionsOfAStatusAreListedInTableOrderWithoutCreation() {
        assertEquals(List.of(Act.OPEN, Act.EDIT), TABLE.actionsFrom(Status.DRAFT));
        assertEquals(List.of(Act.CLOSE, Act.MODERATE), TABLE.actionsFrom(Status.OPEN));
        assertEquals(List.of(), TABLE.actionsFrom(Status.CLOSED));
    }

    @Test
    void theEventsOfATableAreItsPartOfTheCatalogueEachOnce() {
        assertEquals(List.of("thing.created", "thing.opened", "thing.closed", "thing.edited", "thing.hidden"), TABLE.events());
    }

    @Test
    void anEventMustBelongToTheTablesKind() {
        StateMachine.Builder<Act, Status> builder = StateMachine.of("thing");
        assertThrows(IllegalArgumentException.class, () -> builder.creates(Act.CREATE, Status.DRAFT, "other.created"));
    }
}
