package ru.otklik.polls.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.otklik.polls.dto.Ballot;
import ru.otklik.polls.dto.BallotInput;
import ru.otklik.polls.dto.Question;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ApiException.Violation;

/**
 * Checks a ballot against the poll's questions and turns it into what is counted. Every error names the answer's
 * field ({@code answers[2].optionIds[0]}) and, in its message, the question and the option. Pure: tested without
 * Quarkus.
 */
public final class BallotValidation {

    private BallotValidation() {
    }

    /** The ballot as counted, or a 400 naming every invalid answer at once. */
    public static Ballot check(List<Question> questions, BallotInput input) {
        Map<Integer, Question> byId = new HashMap<>();
        questions.forEach(question -> byId.put(question.id(), question));
        List<Violation> violations = new ArrayList<>();
        List<Ballot.Mark> marks = new ArrayList<>();
        List<Ballot.TextAnswer> texts = new ArrayList<>();
        Set<Integer> answered = new HashSet<>();
        marks.add(Ballot.PARTICIPANT);
        for (int i = 0; i < input.answers().size(); i++) {
            BallotInput.Answer answer = input.answers().get(i);
            String field = "answers[" + i + "]";
            Question question = byId.get(answer.questionId());
            if (question == null) {
                violations.add(new Violation(field + ".questionId", "poll.ballot.question-unknown", answer.questionId()));
                continue;
            }
            if (!answered.add(question.id())) {
                violations.add(new Violation(field + ".questionId", "poll.ballot.question-twice", question.id()));
                continue;
            }
            if (answer.empty()) {
                answered.remove(question.id());
                continue;
            }
            int before = violations.size();
            List<Ballot.Mark> chosen = new ArrayList<>();
            switch (question.kind()) {
                case SINGLE, MULTIPLE -> options(field, question, answer, chosen, violations);
                case SCALE -> scale(field, question, answer, chosen, violations);
                case TEXT -> text(field, question, answer, texts, violations);
            }
            if (violations.size() == before) {
                marks.add(new Ballot.Mark(question.id(), Ballot.Mark.ANSWERED));
                marks.addAll(chosen);
            }
        }
        for (Question question : questions) {
            if (question.required() && !answered.contains(question.id())) {
                violations.add(new Violation("answers", "poll.ballot.required", question.id()));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return new Ballot(List.copyOf(marks), List.copyOf(texts));
    }

    private static void options(String field, Question question, BallotInput.Answer answer, List<Ballot.Mark> chosen,
            List<Violation> violations) {
        foreign(field, "value", answer.value() != null, question, violations);
        foreign(field, "text", answer.text() != null, question, violations);
        List<Integer> ids = answer.optionIds() == null ? List.of() : answer.optionIds();
        Set<Integer> seen = new HashSet<>();
        for (int j = 0; j < ids.size(); j++) {
            int id = ids.get(j);
            String option = field + ".optionIds[" + j + "]";
            if (!question.hasOption(id)) {
                violations.add(new Violation(option, "poll.ballot.option-unknown", question.id(), id));
            } else if (!seen.add(id)) {
                violations.add(new Violation(option, "poll.ballot.option-twice", question.id(), id));
            } else {
                chosen.add(new Ballot.Mark(question.id(), id));
            }
        }
        int min = question.minChoices() == null ? 1 : question.minChoices();
        int max = question.maxChoices() == null ? 1 : question.maxChoices();
        if (ids.size() < min || ids.size() > max) {
            violations.add(min == max
                    ? new Violation(field + ".optionIds", "poll.ballot.options-exactly", question.id(), min)
                    : new Violation(field + ".optionIds", "poll.ballot.options-between", question.id(), min, max));
        }
    }

    private static void scale(String field, Question question, BallotInput.Answer answer, List<Ballot.Mark> chosen,
            List<Violation> violations) {
        foreign(field, "optionIds", answer.optionIds() != null && !answer.optionIds().isEmpty(), question, violations);
        foreign(field, "text", answer.text() != null, question, violations);
        Integer value = answer.value();
        if (value == null || value < question.scaleMin() || value > question.scaleMax()) {
            violations.add(new Violation(field + ".value", "poll.ballot.scale", question.id(), question.scaleMin(),
                    question.scaleMax()));
        } else {
            chosen.add(new Ballot.Mark(question.id(), value));
        }
    }

    private static void text(String field, Question question, BallotInput.Answer answer, List<Ballot.TextAnswer> texts,
            List<Violation> violations) {
        foreign(field, "optionIds", answer.optionIds() != null && !answer.optionIds().isEmpty(), question, violations);
        foreign(field, "value", answer.value() != null, question, violations);
        String text = answer.text();
        if (text == null || text.length() > question.maxLength()) {
            violations.add(new Violation(field + ".text", "poll.ballot.text", question.id(), question.maxLength()));
        } else {
            texts.add(new Ballot.TextAnswer(question.id(), text));
        }
    }

    private static void foreign(String field, String name, boolean given, Question question, List<Violation> violations) {
        if (given) {
            violations.add(new Violation(field + "." + name, "poll.ballot.field-foreign", question.id(), question.kind().name()));
        }
    }
}
