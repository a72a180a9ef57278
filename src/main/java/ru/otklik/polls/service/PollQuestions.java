package ru.otklik.polls.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.otklik.polls.QuestionKind;
import ru.otklik.polls.dto.Ballot;
import ru.otklik.polls.dto.Question;
import ru.otklik.polls.dto.QuestionInput;

/**
 * A poll's questions as it keeps them (JSON in {@code poll.questions}): numbered by position, with the defaults of
 * their kind filled in, serialised by Jackson from records.
 */
@ApplicationScoped
public class PollQuestions {

    /** The longest free-text answer when the editor does not say. */
    static final int DEFAULT_TEXT_LENGTH = 1000;
    private static final TypeReference<List<Question>> LIST = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public PollQuestions(ObjectMapper json) {
        this.json = json;
    }

    /** Questions 1..n with options 1..m; MULTIPLE chooses 1..all options and TEXT takes 1000 characters unless said. */
    public static List<Question> number(List<QuestionInput> inputs) {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            QuestionInput input = inputs.get(i);
            List<Question.Option> options = null;
            if (input.options() != null) {
                options = new ArrayList<>();
                for (int j = 0; j < input.options().size(); j++) {
                    options.add(new Question.Option(j + 1, input.options().get(j)));
                }
            }
            boolean multiple = input.kind() == QuestionKind.MULTIPLE;
            int optionCount = options == null ? 0 : options.size();
            questions.add(new Question(i + 1, input.kind(), input.text(), !Boolean.FALSE.equals(input.required()),
                    options == null ? null : List.copyOf(options),
                    multiple ? (input.minChoices() == null ? Integer.valueOf(1) : input.minChoices()) : null,
                    multiple ? (input.maxChoices() == null ? Integer.valueOf(optionCount) : input.maxChoices()) : null,
                    input.scaleMin(), input.scaleMax(), input.minLabel(), input.maxLabel(),
                    input.kind() == QuestionKind.TEXT
                            ? (input.maxLength() == null ? Integer.valueOf(DEFAULT_TEXT_LENGTH) : input.maxLength())
                            : null));
        }
        return List.copyOf(questions);
    }

    /**
     * Every counter a poll's ballots add to, created at zero when it is published: the participants, the respondents
     * of each question, each option of a choice question, each value of a scale (see {@link Ballot}).
     */
    public static List<Ballot.Mark> counters(List<Question> questions) {
        List<Ballot.Mark> counters = new ArrayList<>();
        counters.add(Ballot.PARTICIPANT);
        for (Question question : questions) {
            counters.add(new Ballot.Mark(question.id(), Ballot.Mark.ANSWERED));
            switch (question.kind()) {
                case SINGLE, MULTIPLE -> question.options().forEach(option -> counters.add(new Ballot.Mark(question.id(), option.id())));
                case SCALE -> {
                    for (int value = question.scaleMin(); value <= question.scaleMax(); value++) {
                        counters.add(new Ballot.Mark(question.id(), value));
                    }
                }
                case TEXT -> {
                    // its answers are rows of their own
                }
            }
        }
        return List.copyOf(counters);
    }

    public List<Question> read(String stored) {
        try {
            return stored == null ? List.of() : List.copyOf(json.readValue(stored, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable poll questions", e);
        }
    }

    public String write(List<Question> questions) {
        try {
            return json.writeValueAsString(questions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise poll questions", e);
        }
    }
}
