package ru.otklik.open311.dto;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A GeoReport v2 document, whatever its format: a root element and its content, either fields (an object) or
 * {@link Items} (a list). JSON and XML are written from the same document, so that both say the same.
 * Field values are strings, numbers, booleans, instants, null, nested {@link Items} or nested fields.
 */
public record Open311Document(String root, Object content) {

    /** A list whose XML elements are named {@code element} ({@code <services><service>…}). */
    public record Items(String element, List<?> values) {
    }

    public static Open311Document list(String root, String element, List<?> values) {
        return new Open311Document(root, new Items(element, values));
    }

    public static Open311Document object(String root, Map<String, Object> fields) {
        return new Open311Document(root, fields);
    }

    /** Fields in the order they are written. */
    public static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }
}
