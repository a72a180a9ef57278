package ru.otklik.shared.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a keyset-paginated list. {@code nextCursor} is opaque; pass it back as {@code ?cursor=}
 * for the next page; it is null on the last page. (Described in OpenAPI by its properties: a class-level
 * {@code @Schema} would add an unused raw "Page" to the document.)
 */
public record Page<T>(
        @Schema(required = true, description = "This page's items, in the list's order") List<T> items,
        @Schema(description = "Pass it back as ?cursor= for the next page; null on the last page (opaque)",
                example = "bh_QkNC00LzQuNC90LjRgdGC0YDQsNGG0LjRjyDQsy4g0JjRgNC60YPRgtGB0LrQsB8xMg") String nextCursor) {

    public static <T> Page<T> of(List<T> items) {
        return new Page<>(items, null);
    }

    /**
     * Builds a page from up to {@code limit + 1} rows fetched in key order: the extra row only tells that
     * there is a next page, whose cursor is the key of the last row shown.
     */
    public static <T> Page<T> fromRows(List<T> rows, int limit, Function<T, String> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(List.copyOf(items), cursorOf.apply(items.get(limit - 1)));
    }
}
