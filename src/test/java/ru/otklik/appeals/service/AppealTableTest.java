package ru.otklik.appeals.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.otklik.appeals.AppealAction.ANSWER;
import static ru.otklik.appeals.AppealAction.ATTACH;
import static ru.otklik.appeals.AppealAction.EXTEND;
import static ru.otklik.appeals.AppealAction.MODERATE;
import static ru.otklik.appeals.AppealAction.RATE;
import static ru.otklik.appeals.AppealAction.RECALCULATE;
import static ru.otklik.appeals.AppealAction.REDIRECT;
import static ru.otklik.appeals.AppealAction.REOPEN;
import static ru.otklik.appeals.AppealAction.TAKE;
import static ru.otklik.appeals.AppealAction.WITHDRAW;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.otklik.appeals.AppealAction;
import ru.otklik.appeals.AppealStatus;

/** The appeal's transition table says what the lifecycle diagram in the README says. */
class AppealTableTest {

    @Test
    void eachStatusOffersExactlyTheActionsOfTheDiagram() {
        Map<AppealStatus, List<AppealAction>> diagram = Map.of(
                AppealStatus.SUBMITTED, List.of(MODERATE, WITHDRAW, ATTACH),
                AppealStatus.REGISTERED, List.of(TAKE, REDIRECT, EXTEND, WITHDRAW, RECALCULATE),
                AppealStatus.REDIRECTED, List.of(TAKE, REDIRECT, EXTEND, WITHDRAW, RECALCULATE),
                AppealStatus.IN_PROGRESS, List.of(ANSWER, REDIRECT, EXTEND, WITHDRAW, ATTACH, RECALCULATE),
                AppealStatus.ANSWERED, List.of(RATE, REOPEN),
                AppealStatus.CLOSED, List.of(REOPEN),
                AppealStatus.REJECTED, List.of(),
                AppealStatus.WITHDRAWN, List.of());
        for (AppealStatus status : AppealStatus.values()) {
            assertEquals(diagram.get(status), AppealAction.TABLE.actionsFrom(status), "from " + status);
        }
    }

    @Test
    void eachActionLeadsWhereTheDiagramSays() {
        assertEquals(AppealStatus.SUBMITTED, AppealAction.TABLE.transition(AppealAction.SUBMIT, null, null).to());
        assertEquals(AppealStatus.IN_PROGRESS, AppealAction.TABLE.transition(TAKE, AppealStatus.REDIRECTED, null).to());
        assertEquals(AppealStatus.ANSWERED, AppealAction.TABLE.transition(ANSWER, AppealStatus.IN_PROGRESS, null).to());
        assertEquals(AppealStatus.REDIRECTED, AppealAction.TABLE.transition(REDIRECT, AppealStatus.IN_PROGRESS, null).to());
        assertEquals(AppealStatus.WITHDRAWN, AppealAction.TABLE.transition(WITHDRAW, AppealStatus.SUBMITTED, null).to());
        assertEquals(AppealStatus.CLOSED, AppealAction.TABLE.transition(RATE, AppealStatus.ANSWERED, null).to());
        assertEquals(AppealStatus.IN_PROGRESS, AppealAction.TABLE.transition(REOPEN, AppealStatus.CLOSED, null).to());
        assertEquals(null, AppealAction.TABLE.transition(EXTEND, AppealStatus.REGISTERED, null).to(), "extend keeps the status");
        assertEquals(null, AppealAction.TABLE.transition(ATTACH, AppealStatus.IN_PROGRESS, null).to(), "attach keeps the status");
        assertEquals(null, AppealAction.TABLE.transition(RECALCULATE, AppealStatus.REDIRECTED, null).to(),
                "a recalculated deadline keeps the status");
    }

    @Test
    void moderationChoosesBetweenRegistrationAndRejectionEachWithItsEvent() {
        assertEquals("appeal.registered",
                AppealAction.TABLE.transition(MODERATE, AppealStatus.SUBMITTED, AppealStatus.REGISTERED).event());
        assertEquals("appeal.rejected",
                AppealAction.TABLE.transition(MODERATE, AppealStatus.SUBMITTED, AppealStatus.REJECTED).event());
    }

    @Test
    void everyActionButFilingHasARowAndEveryEventIsAnAppealEvent() {
        for (AppealAction action : AppealAction.values()) {
            boolean hasRow = AppealAction.TABLE.rows().stream().anyMatch(row -> row.action() == action);
            assertEquals(true, hasRow, action + " has a row");
        }
        AppealAction.TABLE.events().forEach(event -> assertEquals(true, event.startsWith("appeal."), event));
        assertEquals(12, AppealAction.TABLE.events().size());
    }
}
