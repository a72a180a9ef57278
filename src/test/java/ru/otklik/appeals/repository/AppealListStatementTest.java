package ru.otklik.appeals.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import ru.otklik.appeals.dto.AppealFilter;
import ru.otklik.shared.paging.Cursor;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.ApiException;

/** How an appeal list becomes one SQL statement: only the conditions that apply, each as its index wants it. */
class AppealListStatementTest {

    private final AppealQueries queries = new AppealQueries(null);

    @Test
    void aCitizensOwnListNamesOnlyTheAuthorAndPagesNewestFirst() {
        AppealQueries.Statement statement = queries.listStatement(new AppealFilter(),
                new AppealQueries.Visibility("1001", null, List.of(), false), false, PageRequest.of(20, null));
        assertTrue(statement.sql().contains("where (a.author_oid = $1) order by"), statement.sql());
        assertTrue(statement.sql().endsWith("order by a.created_at desc, a.id desc limit $2"), statement.sql());
        assertEquals(List.of("1001", 21), statement.params());
    }

    @Test
    void oneOrganisationIsAnEqualitySoThatTheInboxIndexDeliversRowsInOrder() {
        String one = queries.listStatement(new AppealFilter(), new AppealQueries.Visibility(null, null, List.of(5L), false),
                true, PageRequest.of(20, null)).sql();
        assertTrue(one.contains("a.organisation_id = $1 and a.registered_at is not null"), one);
        assertTrue(one.contains("order by a.priority desc, coalesce(a.due_at, 'infinity'::timestamptz), a.id"), one);
        String several = queries.listStatement(new AppealFilter(), new AppealQueries.Visibility(null, null, List.of(5L, 6L), false),
                true, PageRequest.of(20, null)).sql();
        assertTrue(several.contains("a.organisation_id = any($1)"), several);
    }

    @Test
    void aModeratorsListHasNoVisibilityCondition() {
        String sql = queries.listStatement(new AppealFilter(), new AppealQueries.Visibility(null, null, List.of(), true),
                false, PageRequest.of(20, null)).sql();
        assertFalse(sql.contains("where"), sql);
    }

    @Test
    void nobodyToShowIsFalseNotEverything() {
        String sql = queries.listStatement(new AppealFilter(), new AppealQueries.Visibility(null, null, List.of(), false),
                false, PageRequest.of(20, null)).sql();
        assertTrue(sql.contains("where false"), sql);
    }

    @Test
    void filtersAddOnlyTheirOwnConditions() {
        AppealFilter filter = new AppealFilter();
        filter.status = List.of("SUBMITTED");
        filter.channel = "MFC";
        filter.overdue = true;
        AppealQueries.Statement statement = queries.listStatement(filter,
                new AppealQueries.Visibility(null, null, List.of(), true), false, PageRequest.of(10, null));
        assertTrue(statement.sql().contains("a.status = $1"), statement.sql());
        assertTrue(statement.sql().contains("a.channel = $2"), statement.sql());
        assertTrue(statement.sql().contains("coalesce(a.answered_at, now()) >= a.due_at"), statement.sql());
        assertFalse(statement.sql().contains("category_id ="), statement.sql());
        assertEquals(List.of("SUBMITTED", "MFC", 11), statement.params());
    }

    @Test
    void aSearchRunsFirstOnTheTextIndexAndIsThenSorted() {
        AppealFilter filter = new AppealFilter();
        filter.q = "яма";
        String sql = queries.listStatement(filter, new AppealQueries.Visibility(null, null, List.of(), true), false,
                PageRequest.of(20, null)).sql();
        assertTrue(sql.contains("search_vector @@ to_tsquery('russian', $1)"), sql);
        assertTrue(sql.contains("offset 0) a order by"), sql);
    }

    @Test
    void aCursorOfAnotherOrderingIsRefusedNamingTheCursor() {
        String newestFirst = Cursor.encode("n", "2026-01-01T00:00Z", 5);
        ApiException refused = assertThrows(ApiException.class, () -> queries.listStatement(new AppealFilter(),
                new AppealQueries.Visibility(null, null, List.of(1L), false), true, PageRequest.of(20, newestFirst)));
        assertEquals("cursor", refused.violations().get(0).field());
    }

    @Test
    void aCursorContinuesAfterTheLastRowShown() {
        String cursor = Cursor.encode("n", "2026-01-01T00:00Z", 5);
        AppealQueries.Statement statement = queries.listStatement(new AppealFilter(),
                new AppealQueries.Visibility(null, null, List.of(), true), false, PageRequest.of(20, cursor));
        assertTrue(statement.sql().contains("(a.created_at, a.id) < ($1, $2)"), statement.sql());
        assertEquals(5L, statement.params().get(1));
    }

    @Test
    void theProvisionalFilterIsALiteralSoThatThePartialIndexesApply() {
        AppealFilter filter = new AppealFilter();
        filter.provisional = true;
        AppealQueries.Statement only = queries.listStatement(filter, new AppealQueries.Visibility(null, null, List.of(5L), false),
                true, PageRequest.of(20, null));
        assertTrue(only.sql().contains("and a.due_date_provisional order by"), only.sql());
        assertEquals(List.of(5L, 21), only.params());
        filter.provisional = false;
        String others = queries.listStatement(filter, new AppealQueries.Visibility(null, null, List.of(), true), false,
                PageRequest.of(20, null)).sql();
        assertTrue(others.contains("where not a.due_date_provisional order by"), others);
    }
}
