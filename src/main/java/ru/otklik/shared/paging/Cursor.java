package ru.otklik.shared.paging;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import ru.otklik.shared.problem.ApiException;

/**
 * Opaque keyset cursors: the sort key of the last row of a page, tagged with the ordering it belongs to,
 * as base64url. Clients must not parse them; a damaged cursor or one from another ordering is a 400.
 */
public final class Cursor {

    private static final char SEPARATOR = '\u001f';

    private Cursor() {
    }

    public static String encode(String ordering, Object... key) {
        StringBuilder raw = new StringBuilder(ordering);
        for (Object part : key) {
            raw.append(SEPARATOR).append(part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The key parts of a cursor made by {@link #encode} for this ordering, or a 400 naming {@code cursor}. */
    public static List<String> decode(String cursor, String ordering, int parts) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> split = Arrays.asList(raw.split(String.valueOf(SEPARATOR), -1));
            if (split.size() != parts + 1 || !split.get(0).equals(ordering)) {
                throw invalid();
            }
            return split.subList(1, split.size());
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public static long longPart(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    public static float floatPart(String value) {
        try {
            float parsed = Float.parseFloat(value);
            if (!Float.isFinite(parsed)) {
                throw invalid();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid("cursor", "paging.cursor.invalid");
    }
}
