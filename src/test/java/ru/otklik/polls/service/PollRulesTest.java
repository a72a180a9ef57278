package ru.otklik.polls.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.otklik.polls.service.PollFixtures.NOW;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.otklik.polls.AudienceKind;
import ru.otklik.polls.Poll;
import ru.otklik.polls.PollAction;
import ru.otklik.polls.PollStatus;
import ru.otklik.polls.QuestionKind;
import ru.otklik.polls.ResultsVisibility;
import ru.otklik.polls.VoteBarrier;
import ru.otklik.polls.dto.AudienceInput;
import ru.otklik.polls.dto.PollInput;
import ru.otklik.polls.dto.Question;
import ru.otklik.polls.dto.QuestionInput;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/** When a poll is open and closed, who may vote and why not, who reads results, and what a poll must be. */
class PollRulesTest {

    @Test
    void aPublishedPollWhoseEndHasPassedIsClosedForItsReadersAtOnce() {
        Poll poll = PollFixtures.poll(PollStatus.PUBLISHED, NOW.minusSeconds(60), NOW);
        assertEquals(PollStatus.CLOSED, PollRules.status(poll, NOW), "the end itself closes it");
        assertEquals(PollStatus.PUBLISHED, PollRules.status(poll, NOW.minusMillis(1)));
        assertFalse(PollRules.isOpen(poll, NOW));
        assertTrue(PollRules.isOpen(poll, NOW.minusMillis(1)));
        assertFalse(PollRules.isOpen(poll, NOW.minusSeconds(61)), "not started yet");
        assertEquals(PollStatus.DRAFT, PollRules.status(PollFixtures.poll(PollStatus.DRAFT, null, null), NOW));
    }

    @Test
    void closingAPollWhoseEndHasPassedIsAnInvalidTransitionFromClosedAndOnlyAnEndedPollExpires() {
        Poll ended = PollFixtures.poll(PollStatus.PUBLISHED, NOW.minusSeconds(60), NOW.minusSeconds(1));
        ApiException refusal = PollRules.refusal(PollAction.CLOSE, ended, NOW);
        assertEquals(ProblemType.INVALID_TRANSITION, refusal.type());
        assertEquals("CLOSED", refusal.currentStatus());
        assertNull(PollRules.refusal(PollAction.EXPIRE, ended, NOW));
        assertNull(PollRules.refusal(PollAction.CLOSE, PollFixtures.open(), NOW));
        assertEquals(ProblemType.CONFLICT, PollRules.refusal(PollAction.EXPIRE, PollFixtures.open(), NOW).type());
    }

    @Test
    void whyNotComesInTheOrderACallerShouldLearnIt() {
        Poll poll = PollFixtures.open();
        poll.trustedOnly = true;
        assertEquals(VoteBarrier.SIGN_IN, PollRules.barrier(PollActor.person(Caller.ANONYMOUS, List.of()), poll, false, NOW));
        Poll ended = PollFixtures.poll(PollStatus.PUBLISHED, NOW.minusSeconds(60), NOW);
        assertEquals(VoteBarrier.NOT_OPEN, PollRules.barrier(PollFixtures.citizen("25701000001", true), ended, true, NOW));
        assertEquals(VoteBarrier.ALREADY_VOTED, PollRules.barrier(PollFixtures.citizen("25701000001", true), poll, true, NOW));
        assertEquals(VoteBarrier.NOT_TRUSTED, PollRules.barrier(PollFixtures.citizen("25701000001", false), poll, false, NOW));
        assertEquals(VoteBarrier.NO_ADDRESS, PollRules.barrier(PollFixtures.citizen(null, true), poll, false, NOW));
        assertEquals(VoteBarrier.NO_ADDRESS, PollRules.barrier(PollFixtures.citizen(" ", true), poll, false, NOW));
        assertEquals(VoteBarrier.OUTSIDE_AUDIENCE, PollRules.barrier(PollFixtures.citizen("25703000001", true), poll, false, NOW));
        assertNull(PollRules.barrier(PollFixtures.citizen("25701000001", true), poll, false, NOW));
        assertNull(PollRules.barrier(PollFixtures.citizen("25714000001", true), poll, false, NOW), "the second prefix");
        assertEquals(VoteBarrier.OUTSIDE_AUDIENCE, PollRules.barrier(PollFixtures.citizen("25714100001", true), poll, false, NOW),
                "25714000 is not a prefix of 25714100001");
        poll.trustedOnly = false;
        assertNull(PollRules.barrier(PollFixtures.citizen("25701000001", false), poll, false, NOW), "simple accounts may vote");
    }

    @Test
    void eachBarrierIsRefusedWithAProblemThatSaysWhy() {
        assertEquals(ProblemType.UNTRUSTED_ACCOUNT, PollRules.refusal(VoteBarrier.NOT_TRUSTED).type());
        assertEquals(ProblemType.FORBIDDEN, PollRules.refusal(VoteBarrier.NO_ADDRESS).type());
        assertEquals("poll.ballot.no-address", PollRules.refusal(VoteBarrier.NO_ADDRESS).key());
        assertEquals("poll.ballot.outside-audience", PollRules.refusal(VoteBarrier.OUTSIDE_AUDIENCE).key());
        assertEquals(ProblemType.DUPLICATE, PollRules.refusal(VoteBarrier.ALREADY_VOTED).type());
        assertEquals(ProblemType.CONFLICT, PollRules.refusal(VoteBarrier.NOT_OPEN).type());
    }

    @Test
    void resultsAreTheOwnersAlwaysAndOthersAsThePollSays() {
        Poll open = PollFixtures.open();
        Poll ended = PollFixtures.poll(PollStatus.PUBLISHED, NOW.minusSeconds(60), NOW.minusSeconds(1));
        PollActor owner = PollFixtures.cityOfficial();
        PollActor citizen = PollFixtures.citizen("25701000001", true);
        Map<ResultsVisibility, boolean[]> expected = Map.of(
                // not voted & open, voted & open, not voted & ended
                ResultsVisibility.ALWAYS, new boolean[] { true, true, true },
                ResultsVisibility.AFTER_VOTE, new boolean[] { false, true, true },
                ResultsVisibility.AFTER_CLOSE, new boolean[] { false, false, true });
        expected.forEach((visibility, may) -> {
            open.resultsVisibility = visibility;
            ended.resultsVisibility = visibility;
            assertEquals(may[0], PollRules.resultsRefusal(citizen, open, false, NOW) == null, visibility + " not voted");
            assertEquals(may[1], PollRules.resultsRefusal(citizen, open, true, NOW) == null, visibility + " voted");
            assertEquals(may[2], PollRules.resultsRefusal(citizen, ended, false, NOW) == null, visibility + " ended");
            assertNull(PollRules.resultsRefusal(owner, open, false, NOW), visibility + " owner");
        });
    }

    @Test
    void aDraftMayBeIncompleteButNeverContradictoryAndEveryViolationNamesItsField() {
        QuestionInput scaleWithOptions = new QuestionInput(QuestionKind.SCALE, "Оцените", true, List.of("a"), null, null, 5, 1,
                null, null, null);
        QuestionInput singleWithChoices = new QuestionInput(QuestionKind.SINGLE, "Один", true, List.of("Да", "да"), 1, 2, null,
                null, null, null, 10);
        QuestionInput multiple = new QuestionInput(QuestionKind.MULTIPLE, "Несколько", true, List.of("A", "B"), 3, 2, null,
                null, null, null, null);
        PollInput input = input(new AudienceInput(AudienceKind.OKTMO, List.of("25701", "45000")),
                NOW, NOW.minusSeconds(1), List.of(scaleWithOptions, singleWithChoices, multiple));
        List<String> fields = PollValidation.draft(input, "25").stream().map(ApiException.Violation::field).sorted().toList();
        assertEquals(List.of("audience.oktmoPrefixes[1]", "endsAt", "questions[0].options", "questions[0].scaleMax",
                "questions[1].maxChoices", "questions[1].maxLength", "questions[1].minChoices", "questions[1].options[1]",
                "questions[2].maxChoices"), fields);
        PollInput incomplete = input(new AudienceInput(AudienceKind.REGION, null), null, null,
                List.of(new QuestionInput(QuestionKind.SINGLE, "Один", true, List.of("Только один"), null, null, null, null,
                        null, null, null)));
        assertEquals(List.of(), PollValidation.draft(incomplete, "25"), "a draft may lack its window and options");
        assertEquals(List.of("audience.oktmoPrefixes"), PollValidation.draft(input(new AudienceInput(AudienceKind.REGION,
                List.of("25701")), null, null, List.of()), "25").stream().map(ApiException.Violation::field).toList());
        assertEquals(List.of("audience.oktmoPrefixes"), PollValidation.draft(input(new AudienceInput(AudienceKind.OKTMO,
                List.of()), null, null, List.of()), "25").stream().map(ApiException.Violation::field).toList());
    }

    @Test
    void publicationNeedsAWholeSanePollStartingNotMoreThanAMinuteAgo() {
        Duration grace = Duration.ofMinutes(1);
        Poll poll = PollFixtures.poll(PollStatus.DRAFT, null, null);
        List<Question> questions = List.of(PollFixtures.single(1, true, "Один"), PollFixtures.multiple(2, 1, 3, "A", "B"),
                new Question(3, QuestionKind.SCALE, "Шкала", true, null, null, null, 1, null, null, null, null));
        assertEquals(List.of("endsAt", "questions[0].options", "questions[1].maxChoices", "questions[2].scaleMax", "startsAt"),
                fields(PollValidation.publication(poll, questions, NOW, grace)));
        poll.startsAt = NOW.minusSeconds(61);
        poll.endsAt = NOW;
        assertEquals(List.of("endsAt", "questions", "startsAt"), fields(PollValidation.publication(poll, List.of(), NOW, grace)));
        poll.startsAt = NOW.minusSeconds(59);
        poll.endsAt = NOW.plusSeconds(1);
        assertEquals(List.of(), fields(PollValidation.publication(poll, List.of(PollFixtures.single(1, true, "A", "B"),
                PollFixtures.scale(2, 0, 10), PollFixtures.text(3, 100)), NOW, grace)));
    }

    @Test
    void questionsAreNumberedByPositionWithTheDefaultsOfTheirKind() {
        List<Question> questions = PollQuestions.number(List.of(
                new QuestionInput(QuestionKind.MULTIPLE, "Что", null, List.of("A", "B", "C"), null, null, null, null, null, null, null),
                new QuestionInput(QuestionKind.TEXT, "Зачем", false, null, null, null, null, null, null, null, null)));
        assertEquals(1, questions.get(0).id());
        assertEquals(List.of(1, 2, 3), questions.get(0).options().stream().map(Question.Option::id).toList());
        assertTrue(questions.get(0).required(), "required unless said");
        assertEquals(1, questions.get(0).minChoices());
        assertEquals(3, questions.get(0).maxChoices());
        assertEquals(2, questions.get(1).id());
        assertFalse(questions.get(1).required());
        assertEquals(PollQuestions.DEFAULT_TEXT_LENGTH, questions.get(1).maxLength());
        List<String> counters = PollQuestions.counters(List.of(PollFixtures.single(1, true, "A", "B"), PollFixtures.scale(2, 0, 2),
                PollFixtures.text(3, 10))).stream().map(mark -> mark.questionId() + ":" + mark.choice()).toList();
        assertEquals(List.of("0:-1", "1:-1", "1:1", "1:2", "2:-1", "2:0", "2:1", "2:2", "3:-1"), counters);
    }

    private static List<String> fields(List<ApiException.Violation> violations) {
        List<String> fields = new ArrayList<>(violations.stream().map(ApiException.Violation::field).toList());
        fields.sort(null);
        return fields;
    }

    private static PollInput input(AudienceInput audience, Instant startsAt, Instant endsAt, List<QuestionInput> questions) {
        return new PollInput(null, "Опрос", null, null, startsAt, endsAt, audience, false, ResultsVisibility.ALWAYS, questions);
    }
}
