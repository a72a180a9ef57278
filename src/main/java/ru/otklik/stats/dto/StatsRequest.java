package ru.otklik.stats.dto;

import java.time.LocalDate;
import java.util.List;

import ru.otklik.appeals.Channel;
import ru.otklik.appeals.dto.StatsDimension;

/** A statistics request after its parameters are read and checked: every value here is valid. */
public record StatsRequest(
        LocalDate from,
        LocalDate to,
        Long organisation,
        boolean subtree,
        Long category,
        Channel channel,
        String oktmo,
        Boolean priority,
        List<StatsDimension> groupBy) {

    public StatsRequest {
        groupBy = List.copyOf(groupBy);
    }
}
