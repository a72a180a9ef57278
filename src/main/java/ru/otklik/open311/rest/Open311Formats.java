package ru.otklik.open311.rest;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.otklik.open311.dto.Open311Document;
import ru.otklik.open311.dto.Open311Document.Items;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemMessages;

/**
 * Writes GeoReport documents as the specification shows them: {@code .json} as JSON (a list is an array, an object
 * an object, null as null) and {@code .xml} as UTF-8 XML with the spec's element names ({@code <services><service>…},
 * null as an empty element); errors as {@code <errors><error><code/><description/></error></errors>} or
 * {@code [{"code":…,"description":…}]} with the HTTP status of the first.
 */
@ApplicationScoped
public class Open311Formats {

    static final String JSON = "application/json; charset=utf-8";
    static final String XML = "text/xml; charset=utf-8";

    private final ObjectMapper json;
    private final ProblemMessages messages;
    private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

    public Open311Formats(ObjectMapper json, ProblemMessages messages) {
        this.json = json;
        this.messages = messages;
    }

    /** Whether a path's format is one the endpoint speaks. */
    static boolean known(String format) {
        return "json".equals(format) || "xml".equals(format);
    }

    public Response write(String format, int status, Open311Document document) {
        return Response.status(status).type(mediaType(format)).entity(content(format, document)).build();
    }

    static String mediaType(String format) {
        return "xml".equals(format) ? XML : JSON;
    }

    String content(String format, Open311Document document) {
        return "xml".equals(format) ? xml(document) : json(document);
    }

    /** An error list of one error. */
    static Open311Document error(int status, String description) {
        return Open311Document.list("errors", "error", List.of(Open311Document.fields("code", status, "description", description)));
    }

    /** The spec's error list for a failure: one error per invalid field, else one with the failure's detail. */
    public Response error(String format, ApiException failure, Locale locale) {
        int status = failure.type().status();
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ApiException.Violation violation : failure.violations()) {
            errors.add(Open311Document.fields("code", status, "description",
                    violation.field() + ": " + messages.message(locale, violation.key(), violation.args())));
        }
        if (errors.isEmpty()) {
            return write(format, status, error(status, messages.message(locale, failure.key(), failure.args())));
        }
        return write(format, status, Open311Document.list("errors", "error", errors));
    }

    private String json(Open311Document document) {
        try {
            return json.writeValueAsString(plain(document.content()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an Open311 document", e);
        }
    }

    /** The content as JSON sees it: lists for items, maps for fields, instants as text. */
    private static Object plain(Object value) {
        if (value instanceof Items items) {
            return items.values().stream().map(Open311Formats::plain).toList();
        }
        if (value instanceof Map<?, ?> fields) {
            Map<String, Object> plain = new LinkedHashMap<>();
            fields.forEach((key, field) -> plain.put((String) key, plain(field)));
            return plain;
        }
        return value instanceof Instant instant ? instant.toString() : value;
    }

    private String xml(Open311Document document) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter writer = xml.createXMLStreamWriter(out);
            writer.writeStartDocument("UTF-8", "1.0");
            element(writer, document.root(), document.content());
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write an Open311 document", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter writer, String name, Object value) throws XMLStreamException {
        if (value == null) {
            writer.writeEmptyElement(name);
            return;
        }
        writer.writeStartElement(name);
        if (value instanceof Items items) {
            for (Object item : items.values()) {
                element(writer, items.element(), item);
            }
        } else if (value instanceof Map<?, ?> fields) {
            for (Map.Entry<?, ?> field : fields.entrySet()) {
                element(writer, (String) field.getKey(), field.getValue());
            }
        } else {
            writer.writeCharacters(value.toString());
        }
        writer.writeEndElement();
    }
}
