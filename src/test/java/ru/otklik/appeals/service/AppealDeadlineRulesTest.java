package ru.otklik.appeals.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.otklik.appeals.Appeal;
import ru.otklik.appeals.AppealAction;
import ru.otklik.appeals.AppealStatus;
import ru.otklik.calendar.ProductionCalendar;
import ru.otklik.calendar.ProductionCalendar.DayKind;

/**
 * The legal rule of deadlines on a provisional calendar: fixed at registration unless counted on provisional data,
 * then counted again while it runs. No Quarkus, no database.
 */
class AppealDeadlineRulesTest {

    private static final AppealRules RULES = new AppealRules(Duration.ofDays(30), region -> ZoneId.of("Asia/Irkutsk"));
    private static final Instant NOW = Instant.parse("2026-12-21T03:00:00Z");
    /** 2027 provisional, with the New Year holidays of V3. */
    private static final ProductionCalendar PROVISIONAL = new ProductionCalendar(1, Set.of(2026, 2027), Set.of(2027), Map.of(
            LocalDate.of(2026, 12, 31), DayKind.DAY_OFF,
            LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, LocalDate.of(2027, 1, 4), DayKind.HOLIDAY,
            LocalDate.of(2027, 1, 5), DayKind.HOLIDAY, LocalDate.of(2027, 1, 6), DayKind.HOLIDAY,
            LocalDate.of(2027, 1, 7), DayKind.HOLIDAY, LocalDate.of(2027, 1, 8), DayKind.HOLIDAY));
    /** The decree, once out, moves one more day off to Monday 11 January. */
    private static final ProductionCalendar OFFICIAL = PROVISIONAL.withYear(2027, false, Map.of(
            LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, LocalDate.of(2027, 1, 4), DayKind.HOLIDAY,
            LocalDate.of(2027, 1, 5), DayKind.HOLIDAY, LocalDate.of(2027, 1, 6), DayKind.HOLIDAY,
            LocalDate.of(2027, 1, 7), DayKind.HOLIDAY, LocalDate.of(2027, 1, 8), DayKind.HOLIDAY,
            LocalDate.of(2027, 1, 11), DayKind.DAY_OFF));

    @Test
    void aDeadlineReachingIntoAProvisionalYearSaysSoAndOneWithinAnOfficialYearDoesNot() {
        Appeal reaching = registered(LocalDate.of(2026, 12, 21), 10, PROVISIONAL);
        assertEquals(LocalDate.of(2027, 1, 13), reaching.dueDate);
        assertTrue(reaching.dueDateProvisional);
        Appeal within = registered(LocalDate.of(2026, 11, 30), 10, PROVISIONAL);
        assertFalse(within.dueDateProvisional);
    }

    @Test
    void aProvisionalDeadlineStillRunningIsCountedAgainFromTheSameDay() {
        Appeal appeal = registered(LocalDate.of(2026, 12, 21), 10, PROVISIONAL);
        ProductionCalendar.Deadline recounted = RULES.recount(appeal, OFFICIAL, NOW);
        assertEquals(LocalDate.of(2027, 1, 14), recounted.due(), "one more day off in the counted range");
        assertFalse(recounted.provisional());
        RULES.recounted(appeal, recounted);
        assertEquals(Instant.parse("2027-01-14T16:00:00Z"), appeal.dueAt, "midnight after it in Irkutsk");
        assertFalse(appeal.dueDateProvisional);
    }

    @Test
    void aFixedAnsweredOrPassedDeadlineIsNeverCountedAgain() {
        Appeal fixed = registered(LocalDate.of(2026, 11, 30), 10, PROVISIONAL);
        assertNull(RULES.recount(fixed, OFFICIAL, NOW), "counted on official data only: fixed at registration");
        Appeal answered = registered(LocalDate.of(2026, 12, 21), 10, PROVISIONAL);
        answered.status = AppealStatus.ANSWERED;
        assertNull(RULES.recount(answered, OFFICIAL, NOW));
        Appeal passed = registered(LocalDate.of(2026, 12, 21), 10, PROVISIONAL);
        assertNull(RULES.recount(passed, OFFICIAL, passed.dueAt), "its due date has passed");
        Appeal unknown = registered(LocalDate.of(2026, 12, 21), 10, PROVISIONAL);
        unknown.deadlineWorkingDays = null;
        assertNull(RULES.recount(unknown, OFFICIAL, NOW), "what it was counted from is not known");
    }

    @Test
    void aDeadlineSetBeforeItsStartWasKeptIsCountedFromItsRegistrationDay() {
        Appeal legacy = registered(LocalDate.of(2026, 12, 21), 10, PROVISIONAL);
        legacy.deadlineStart = null;
        legacy.registeredAt = Instant.parse("2026-12-20T17:00:00Z"); // 01:00 on 21 December in Irkutsk
        assertEquals(LocalDate.of(2027, 1, 14), RULES.recount(legacy, OFFICIAL, NOW).due());
    }

    @Test
    void anExtensionCountsOnFromAFixedDueDateAndFromTheStartOfAProvisionalOne() {
        Appeal fixed = registered(LocalDate.of(2026, 11, 30), 10, OFFICIAL);
        LocalDate due = fixed.dueDate;
        RULES.extendDeadline(fixed, OFFICIAL, 5);
        assertEquals(due, fixed.deadlineStart);
        assertEquals(5, fixed.deadlineWorkingDays);
        Appeal provisional = registered(LocalDate.of(2026, 12, 21), 10, PROVISIONAL);
        RULES.extendDeadline(provisional, PROVISIONAL, 5);
        assertEquals(LocalDate.of(2026, 12, 21), provisional.deadlineStart);
        assertEquals(15, provisional.deadlineWorkingDays);
        assertEquals(PROVISIONAL.addWorkingDays(LocalDate.of(2027, 1, 13), 5), provisional.dueDate);
        assertTrue(AppealAction.TABLE.allows(AppealAction.RECALCULATE, AppealStatus.IN_PROGRESS));
    }

    private static Appeal registered(LocalDate on, int days, ProductionCalendar calendar) {
        Appeal appeal = new Appeal();
        appeal.id = 1L;
        appeal.status = AppealStatus.REGISTERED;
        appeal.regionCode = "38";
        appeal.registeredAt = on.atStartOfDay(ZoneId.of("Asia/Irkutsk")).toInstant();
        RULES.setDeadline(appeal, calendar, on, days);
        return appeal;
    }
}
