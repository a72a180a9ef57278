package ru.otklik.polls.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.otklik.polls.dto.Ballot;
import ru.otklik.polls.dto.BallotInput;
import ru.otklik.polls.dto.BallotInput.Answer;
import ru.otklik.polls.dto.Question;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/** A ballot is counted only whole and valid; each error names the answer's field and the question and option. */
class BallotValidationTest {

    private static final List<Question> POLL = List.of(
            PollFixtures.single(1, true, "Сквер Кирова", "Сквер у драмтеатра", "Сквер на Сурикова"),
            PollFixtures.multiple(2, 1, 2, "Свет", "Скамейки", "Дорожки"),
            PollFixtures.scale(3, 1, 5),
            PollFixtures.text(4, 10));

    @Test
    void aValidBallotCountsTheParticipantEachAnsweredQuestionAndEachChoice() {
        Ballot ballot = BallotValidation.check(POLL, new BallotInput(List.of(
                answer(1, List.of(2), null, null), answer(2, List.of(3, 1), null, null), answer(3, null, 5, null),
                answer(4, null, null, "  Фонтан "))));
        assertEquals(List.of("0:-1", "1:-1", "1:2", "2:-1", "2:3", "2:1", "3:-1", "3:5", "4:-1"),
                ballot.marks().stream().map(mark -> mark.questionId() + ":" + mark.choice()).toList());
        assertEquals(List.of(new Ballot.TextAnswer(4, "Фонтан")), ballot.texts());
    }

    @Test
    void optionalQuestionsMayBeLeftOutOrEmpty() {
        Ballot ballot = BallotValidation.check(POLL, new BallotInput(List.of(answer(1, List.of(1), null, null),
                answer(2, List.of(), null, null), answer(4, null, null, "   "))));
        assertEquals(List.of("0:-1", "1:-1", "1:1"), ballot.marks().stream().map(m -> m.questionId() + ":" + m.choice()).toList());
        assertEquals(List.of(), ballot.texts());
    }

    /** A required question answered wrongly is named by its answer, not once more as missing. */
    @Test
    void everyInvalidAnswerIsNamedAtOnce() {
        ApiException refused = assertThrows(ApiException.class, () -> BallotValidation.check(POLL, new BallotInput(List.of(
                answer(1, List.of(7), null, null),
                answer(2, List.of(1, 1, 2), 3, null),
                answer(3, null, 6, null),
                answer(4, null, null, "слишком длинный ответ"),
                answer(9, List.of(1), null, null)))));
        assertEquals(ProblemType.VALIDATION, refused.type());
        assertEquals(List.of(
                "answers[0].optionIds[0] poll.ballot.option-unknown [1, 7]",
                "answers[1].value poll.ballot.field-foreign [2, MULTIPLE]",
                "answers[1].optionIds[1] poll.ballot.option-twice [2, 1]",
                "answers[1].optionIds poll.ballot.options-between [2, 1, 2]",
                "answers[2].value poll.ballot.scale [3, 1, 5]",
                "answers[3].text poll.ballot.text [4, 10]",
                "answers[4].questionId poll.ballot.question-unknown [9]"),
                refused.violations().stream().map(v -> v.field() + " " + v.key() + " " + Arrays.toString(v.args())).toList());
    }

    @Test
    void aSingleChoiceIsExactlyOneAndAQuestionIsAnsweredOnce() {
        ApiException refused = assertThrows(ApiException.class, () -> BallotValidation.check(POLL, new BallotInput(List.of(
                answer(1, List.of(1, 2), null, null), answer(1, List.of(1), null, null)))));
        assertEquals(List.of("answers[0].optionIds poll.ballot.options-exactly", "answers[1].questionId poll.ballot.question-twice"),
                refused.violations().stream().map(v -> v.field() + " " + v.key()).toList());
        ApiException missing = assertThrows(ApiException.class, () -> BallotValidation.check(POLL, new BallotInput(List.of())));
        assertEquals(List.of("answers"), missing.violations().stream().map(ApiException.Violation::field).toList());
    }

    private static Answer answer(int questionId, List<Integer> optionIds, Integer value, String text) {
        return new Answer(questionId, optionIds, value, text);
    }
}
