package ru.otklik.appeals.dto;

import java.util.Map;

/**
 * The figures of one group of appeals, as counted (no rounding, no suppression: that is for whoever shows them).
 *
 * @param key the group's value of each dimension of its grouping set (ids and booleans as text); empty for a total
 * @param answeredOnTime answered before the end of the due date
 * @param overdueNow not answered, and the due date is over
 * @param medianAnswerDays working days from registration to the answer (null: no answer with a known calendar)
 * @param reopened re-examined at the author's request
 */
public record AppealStatsRow(
        Map<StatsDimension, String> key,
        long received,
        long registered,
        long rejected,
        long answered,
        long answeredOnTime,
        long overdueNow,
        Double medianAnswerDays,
        Double p90AnswerDays,
        Double meanRating,
        long ratings,
        long reopened) {

    public AppealStatsRow {
        key = Map.copyOf(key);
    }
}
