package ru.otklik.polls.dto;

import java.util.List;

/**
 * A checked ballot as it is counted: the counters it adds one to ({@code (question, choice)} pairs: (0, -1) the
 * participant, (q, -1) each answered question, (q, option) and (q, scale value) each choice) and its free-text answers.
 */
public record Ballot(List<Mark> marks, List<TextAnswer> texts) {

    /** The counter of the poll's participants. */
    public static final Mark PARTICIPANT = new Mark(0, Mark.ANSWERED);

    public record Mark(int questionId, int choice) {
        /** The choice that counts the respondents of a question (scale values are never negative). */
        public static final int ANSWERED = -1;
    }

    public record TextAnswer(int questionId, String text) {
    }
}
