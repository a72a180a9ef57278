package ru.otklik.shared.http;

/** Comparing entity tags as {@code If-None-Match} does (RFC 9110 §13.1.2: weak comparison, {@code *} matches any). */
final class ETags {

    private ETags() {
    }

    static boolean matchesAny(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String current = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if ("*".equals(tag) || opaque(tag).equals(current)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        String value = tag.strip();
        return value.startsWith("W/") ? value.substring(2) : value;
    }
}
