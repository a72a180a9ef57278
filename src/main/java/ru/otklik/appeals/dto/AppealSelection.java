package ru.otklik.appeals.dto;

import java.time.Instant;
import java.util.List;

import ru.otklik.appeals.AppealStatus;

/**
 * A selection of appeals for readers that take many at once (Open311's GET requests): by ids, or by categories,
 * statuses and a window of filing times; newest first, at most {@code limit}. Empty lists select anything.
 */
public record AppealSelection(List<Long> ids, List<Long> categoryIds, List<AppealStatus> statuses, Instant from,
        Instant to, int limit) {
}
