package ru.otklik.shared.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a keyset-paginated list. {@code nextCursor} is opaque; pass it back as {@code ?cursor=}
 * for the next page; it is null on the last page.
 */
@Schema(description = "A page of a list; pass nextCursor back as ?cursor= for the next page (null on the last one)")
public record Page<T>(List<T> items, String nextCursor) {

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
