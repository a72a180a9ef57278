package ru.otklik.appeals.dto;

import java.util.Arrays;
import java.util.Optional;

/**
 * What statistics of appeals can be grouped by, with the name the API spells it with ({@code groupBy=topCategory}).
 * Periods are days of filing in the region of the handling organisation.
 */
public enum StatsDimension {
    /** The appeal's category (a subtopic, or a topic without subtopics). */
    CATEGORY("category"),
    /** The top-level topic of the category tree the appeal's category belongs to. */
    TOP_CATEGORY("topCategory"),
    /** The organisation handling the appeal now. */
    ORGANISATION("organisation"),
    CHANNEL("channel"),
    /** The status now. */
    STATUS("status"),
    /** The month of filing, {@code 2026-03}. */
    MONTH("month"),
    /** The ISO week of filing, {@code 2026-W10}. */
    WEEK("week"),
    /** The municipal district or urban okrug: the first 5 digits of the OKTMO code of the place. */
    OKTMO("oktmo"),
    /** Priority topics (servicemen and their families) or not. */
    PRIORITY("priority");

    private final String param;

    StatsDimension(String param) {
        this.param = param;
    }

    /** The name in {@code groupBy} and in responses. */
    public String param() {
        return param;
    }

    public static Optional<StatsDimension> byParam(String param) {
        return Arrays.stream(values()).filter(dimension -> dimension.param.equals(param)).findFirst();
    }

    /** The names {@code groupBy} accepts, for messages. */
    public static String params() {
        return String.join(", ", Arrays.stream(values()).map(StatsDimension::param).toList());
    }
}
