package ru.otklik.appeals.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.otklik.appeals.Appeal;
import ru.otklik.appeals.AppealAction;
import ru.otklik.appeals.AppealAttachment;
import ru.otklik.appeals.AppealStatus;
import ru.otklik.calendar.ProductionCalendar;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.caller.PlatformRole;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/** Who may act on an appeal and the rules beyond its table, without Quarkus or a database. */
class AppealRulesTest {

    private static final long CITY_HALL = 7;
    private static final Instant NOW = Instant.parse("2026-03-10T05:00:00Z");
    private static final AppealRules RULES = new AppealRules(Duration.ofDays(30),
            region -> "38".equals(region) ? ZoneId.of("Asia/Irkutsk") : ZoneId.of("Europe/Moscow"));

    private static final AppealActor AUTHOR = actor("1001", Set.of(), List.of());
    private static final AppealActor STRANGER = actor("1002", Set.of(), List.of());
    private static final AppealActor OFFICIAL = actor("1003", Set.of(), List.of(CITY_HALL));
    private static final AppealActor OTHER_OFFICIAL = actor("1004", Set.of(), List.of(CITY_HALL + 1));
    private static final AppealActor MODERATOR = actor("1005", Set.of(PlatformRole.MODERATOR), List.of());
    private static final AppealActor OPERATOR = actor("1006", Set.of(PlatformRole.OPERATOR), List.of());

    @Test
    void theOrganisationSeesAnAppealOnlyOnceItIsRegistered() {
        Appeal appeal = appeal(AppealStatus.SUBMITTED);
        assertTrue(AUTHOR.canSee(appeal));
        assertTrue(MODERATOR.canSee(appeal));
        assertFalse(OFFICIAL.canSee(appeal));
        appeal.registeredAt = NOW;
        assertTrue(OFFICIAL.canSee(appeal));
        assertFalse(OTHER_OFFICIAL.canSee(appeal));
        assertFalse(STRANGER.canSee(appeal));
    }

    @Test
    void eachActionBelongsToItsRole() {
        Appeal appeal = appeal(AppealStatus.IN_PROGRESS);
        appeal.registeredAt = NOW;
        Map<AppealAction, List<AppealActor>> allowed = Map.of(
                AppealAction.MODERATE, List.of(MODERATOR),
                AppealAction.TAKE, List.of(OFFICIAL),
                AppealAction.ANSWER, List.of(OFFICIAL),
                AppealAction.REDIRECT, List.of(OFFICIAL),
                AppealAction.EXTEND, List.of(OFFICIAL),
                AppealAction.WITHDRAW, List.of(AUTHOR),
                AppealAction.RATE, List.of(AUTHOR),
                AppealAction.REOPEN, List.of(AUTHOR),
                AppealAction.ATTACH, List.of(AUTHOR, OFFICIAL));
        for (AppealActor actor : List.of(AUTHOR, STRANGER, OFFICIAL, OTHER_OFFICIAL, MODERATOR, OPERATOR)) {
            for (Map.Entry<AppealAction, List<AppealActor>> entry : allowed.entrySet()) {
                assertEquals(entry.getValue().contains(actor), actor.mayPerform(entry.getKey(), appeal),
                        actor.oid() + " " + entry.getKey());
            }
            assertFalse(actor.mayPerform(AppealAction.SUBMIT, appeal), "filing is not an action on an appeal");
        }
    }

    @Test
    void theOperatorWhoEnteredItSpeaksForTheApplicant() {
        Appeal appeal = appeal(AppealStatus.ANSWERED);
        appeal.authorOid = null;
        appeal.enteredByOid = OPERATOR.oid();
        assertTrue(OPERATOR.mayPerform(AppealAction.RATE, appeal));
        assertEquals("OPERATOR", OPERATOR.roleFor(AppealAction.RATE, appeal));
        assertFalse(actor("1099", Set.of(PlatformRole.OPERATOR), List.of()).canSee(appeal), "another operator does not");
    }

    @Test
    void theDeadlineIsExtendedOnceOnly() {
        Appeal appeal = appeal(AppealStatus.IN_PROGRESS);
        assertNull(RULES.refusal(OFFICIAL, AppealAction.EXTEND, appeal, NOW));
        appeal.extended = true;
        assertEquals("appeal.extend.once", RULES.refusal(OFFICIAL, AppealAction.EXTEND, appeal, NOW).key());
    }

    @Test
    void reExaminationIsAskedForOnceWithinThirtyDaysOfTheAnswer() {
        Appeal appeal = appeal(AppealStatus.ANSWERED);
        appeal.answeredAt = NOW.minus(Duration.ofDays(30)).plusSeconds(1);
        assertNull(RULES.refusal(AUTHOR, AppealAction.REOPEN, appeal, NOW));
        appeal.answeredAt = NOW.minus(Duration.ofDays(30));
        ApiException late = RULES.refusal(AUTHOR, AppealAction.REOPEN, appeal, NOW);
        assertEquals("appeal.reopen.too-late", late.key());
        assertEquals(ProblemType.CONFLICT, late.type());
        appeal.answeredAt = NOW;
        appeal.reopened = true;
        assertEquals("appeal.reopen.once", RULES.refusal(AUTHOR, AppealAction.REOPEN, appeal, NOW).key());
    }

    @Test
    void theAuthorAttachesBeforeRegistrationAndTheOfficialWhileWorkingOnTheAnswer() {
        Appeal submitted = appeal(AppealStatus.SUBMITTED);
        assertNull(RULES.refusal(AUTHOR, AppealAction.ATTACH, submitted, NOW));
        assertEquals(AppealAttachment.Part.APPEAL, RULES.partAttachedNow(submitted));
        Appeal working = appeal(AppealStatus.IN_PROGRESS);
        working.registeredAt = NOW;
        assertNull(RULES.refusal(OFFICIAL, AppealAction.ATTACH, working, NOW));
        assertEquals(AppealAttachment.Part.ANSWER, RULES.partAttachedNow(working));
        ApiException refused = RULES.refusal(AUTHOR, AppealAction.ATTACH, working, NOW);
        assertEquals(ProblemType.INVALID_TRANSITION, refused.type());
        assertEquals("IN_PROGRESS", refused.currentStatus());
    }

    @Test
    void theAnswersFilesAreTheOrganisationsUntilTheAnswerIsGiven() {
        Appeal appeal = appeal(AppealStatus.IN_PROGRESS);
        appeal.registeredAt = NOW;
        assertFalse(RULES.maySeeFile(AUTHOR, AppealAttachment.Part.ANSWER, appeal));
        assertTrue(RULES.maySeeFile(AUTHOR, AppealAttachment.Part.APPEAL, appeal));
        assertTrue(RULES.maySeeFile(OFFICIAL, AppealAttachment.Part.ANSWER, appeal));
        assertTrue(RULES.maySeeFile(MODERATOR, AppealAttachment.Part.ANSWER, appeal));
        appeal.answeredAt = NOW;
        assertTrue(RULES.maySeeFile(AUTHOR, AppealAttachment.Part.ANSWER, appeal));
    }

    @Test
    void aDeadlineEndsAtMidnightInTheRegionOfTheOrganisation() {
        Appeal appeal = appeal(AppealStatus.SUBMITTED);
        ProductionCalendar calendar = new ProductionCalendar(Set.of(2026), Map.of(LocalDate.of(2026, 3, 9), ProductionCalendar.DayKind.HOLIDAY));
        // 23:30 UTC on Sunday 8 March is already Monday 9 March in Irkutsk (UTC+8)
        Instant lateEvening = Instant.parse("2026-03-08T23:30:00Z");
        assertEquals(LocalDate.of(2026, 3, 9), RULES.today(appeal, lateEvening));
        RULES.setDeadline(appeal, calendar, RULES.today(appeal, lateEvening), 1);
        assertEquals(LocalDate.of(2026, 3, 10), appeal.dueDate);
        assertEquals(Instant.parse("2026-03-10T16:00:00Z"), appeal.dueAt, "midnight after the due date in Irkutsk");
    }

    private static Appeal appeal(AppealStatus status) {
        Appeal appeal = new Appeal();
        appeal.id = 1L;
        appeal.status = status;
        appeal.authorOid = AUTHOR.oid();
        appeal.organisationId = CITY_HALL;
        appeal.regionCode = "38";
        appeal.answeredAt = status == AppealStatus.ANSWERED || status == AppealStatus.CLOSED ? NOW : null;
        return appeal;
    }

    private static AppealActor actor(String oid, Set<PlatformRole> roles, List<Long> organisations) {
        return new AppealActor(new Caller(oid, true, new Caller.PersonName(null, null, null, null), roles, List.of(), null),
                organisations);
    }
}
