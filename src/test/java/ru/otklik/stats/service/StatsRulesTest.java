package ru.otklik.stats.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.otklik.appeals.Channel;
import ru.otklik.appeals.dto.StatsDimension;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.stats.dto.StatsParams;
import ru.otklik.stats.dto.StatsRequest;

class StatsRulesTest {

    private final StatsRules rules = new StatsRules(5, 3, 4);

    @Test
    void aValidRequestIsRead() {
        StatsParams params = params("2026-01-01", "2026-12-31");
        params.groupBy = List.of("organisation, month");
        params.channel = "MFC";
        params.priority = "true";
        params.organisation = 7L;
        params.subtree = "true";
        StatsRequest request = rules.parse(params);
        assertEquals(LocalDate.of(2026, 1, 1), request.from());
        assertEquals(List.of(StatsDimension.ORGANISATION, StatsDimension.MONTH), request.groupBy());
        assertEquals(Channel.MFC, request.channel());
        assertTrue(request.priority());
        assertTrue(request.subtree());
    }

    @Test
    void repeatedAndCommaSeparatedGroupByMix() {
        StatsParams params = params("2026-01-01", "2026-01-31");
        params.groupBy = List.of("topCategory", "week");
        assertEquals(List.of(StatsDimension.TOP_CATEGORY, StatsDimension.WEEK), rules.parse(params).groupBy());
    }

    @Test
    void thePeriodIsAtMostTheConfiguredYearsToTheDay() {
        rules.parse(params("2021-03-01", "2026-02-28"));
        ApiException tooLong = assertThrows(ApiException.class, () -> rules.parse(params("2021-03-01", "2026-03-01")));
        assertEquals("to", tooLong.violations().get(0).field());
        assertEquals("stats.range.too-long", tooLong.violations().get(0).key());
    }

    @Test
    void aSingleDayIsAPeriodButABackwardOneIsNot() {
        rules.parse(params("2026-03-01", "2026-03-01"));
        assertEquals("stats.range.order",
                assertThrows(ApiException.class, () -> rules.parse(params("2026-03-02", "2026-03-01"))).violations().get(0).key());
    }

    @Test
    void threeDimensionsAreTooMany() {
        StatsParams params = params("2026-01-01", "2026-01-31");
        params.groupBy = List.of("month,channel,status");
        assertEquals("stats.group-by.too-many",
                assertThrows(ApiException.class, () -> rules.parse(params)).violations().get(0).key());
    }

    @Test
    void smallGroupsAreSuppressedOnlyWhenTheyPinOneOrganisation() {
        assertTrue(rules.suppressed(true, 1));
        assertTrue(rules.suppressed(true, 2));
        assertFalse(rules.suppressed(true, 3));
        assertFalse(rules.suppressed(true, 0));
        assertFalse(rules.suppressed(false, 1));
    }

    @Test
    void groupingByOrganisationOrFilteringToOnePinsASingleOrganisation() {
        assertTrue(StatsRules.pinsOneOrganisation(List.of(StatsDimension.MONTH, StatsDimension.ORGANISATION), null));
        assertTrue(StatsRules.pinsOneOrganisation(List.of(StatsDimension.MONTH), List.of(5L)));
        assertFalse(StatsRules.pinsOneOrganisation(List.of(StatsDimension.MONTH), List.of(5L, 6L)));
        assertFalse(StatsRules.pinsOneOrganisation(List.of(StatsDimension.CATEGORY), null));
    }

    @Test
    void moreGroupsThanAnAnswerMayHaveAskForANarrowerRequest() {
        assertEquals(5, rules.rowsToRead());
        assertEquals(List.of(1, 2, 3, 4), rules.bounded(List.of(1, 2, 3, 4)));
        ApiException tooMany = assertThrows(ApiException.class, () -> rules.bounded(List.of(1, 2, 3, 4, 5)));
        assertEquals("groupBy", tooMany.violations().get(0).field());
    }

    @Test
    void percentagesHaveOneDecimalAndNoBaseNoValue() {
        assertEquals(new BigDecimal("33.3"), StatsRules.percent(1, 3));
        assertEquals(new BigDecimal("66.7"), StatsRules.percent(2, 3));
        assertEquals(new BigDecimal("100.0"), StatsRules.percent(4, 4));
        assertNull(StatsRules.percent(0, 0));
        assertEquals(new BigDecimal("3.75"), StatsRules.rounded(3.75, 2));
        assertNull(StatsRules.rounded(null, 1));
    }

    private static StatsParams params(String from, String to) {
        StatsParams params = new StatsParams();
        params.from = from;
        params.to = to;
        return params;
    }
}
