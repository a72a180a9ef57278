package ru.otklik.calendar.service;

import java.io.ByteArrayInputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import ru.otklik.calendar.service.YearData.Entry;
import ru.otklik.calendar.service.YearData.Mark;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ApiException.Violation;
import ru.otklik.shared.problem.ProblemType;

/**
 * Reads the xmlcalendar format of Russian production calendars:
 * {@code <calendar year="2027"><holidays><holiday id="1" title="…"/></holidays><days><day d="01.01" t="1" h="1"/>…}
 * where {@code d} is MM.DD, {@code t} is 1 (a day off), 2 (a shortened working day) or 3 (a worked Saturday or
 * Sunday), {@code h} names the holiday and {@code f} the day a day off was moved from. A day off on a public holiday
 * of the Labour Code is a HOLIDAY, any other a DAY_OFF.
 * <p>
 * The document is untrusted: the JDK's own StAX parser (never one found on the class path) reads it without a DTD,
 * without entities and without anything external, and a document that declares a DTD is refused outright, so no
 * entity can reach a file, a URL or expand without end (XXE). Its size is limited by the caller.
 */
public final class XmlCalendarReader {

    /** More {@code <day>} elements than a year has days is not a calendar. */
    static final int MAX_DAYS = 366;
    private static final int MAX_TITLE = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private XmlCalendarReader() {
    }

    /** The year a document is for, and its days. */
    public record XmlCalendar(int year, List<Entry> entries) {
    }

    public static XmlCalendar read(byte[] document) {
        try {
            XMLStreamReader xml = factory().createXMLStreamReader(new ByteArrayInputStream(document));
            try {
                return read(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new ApiException(ProblemType.MALFORMED_BODY, "calendar.xml.malformed", Integer.toString(line));
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    private static XmlCalendar read(XMLStreamReader xml) throws XMLStreamException {
        Integer year = null;
        Map<String, String> holidays = new HashMap<>();
        List<String[]> days = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        boolean root = true;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
                    || event == XMLStreamConstants.ENTITY_DECLARATION) {
                throw new ApiException(ProblemType.MALFORMED_BODY, "calendar.xml.dtd");
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (root) {
                root = false;
                if (!"calendar".equals(name)) {
                    throw ApiException.invalid("body", "calendar.xml.root");
                }
                year = year(xml.getAttributeValue(null, "year"));
            } else if ("holiday".equals(name)) {
                String title = xml.getAttributeValue(null, "title");
                if (title != null && title.strip().length() > MAX_TITLE) {
                    violations.add(new Violation("holidays[" + holidays.size() + "]", "calendar.xml.holiday-title",
                            Integer.toString(MAX_TITLE)));
                }
                holidays.put(xml.getAttributeValue(null, "id"), title);
            } else if ("day".equals(name)) {
                if (days.size() == MAX_DAYS) {
                    throw ApiException.invalid("days", "calendar.xml.too-many", Integer.toString(MAX_DAYS));
                }
                days.add(new String[] { xml.getAttributeValue(null, "d"), xml.getAttributeValue(null, "t"),
                        xml.getAttributeValue(null, "h"), xml.getAttributeValue(null, "f") });
            }
        }
        if (year == null) {
            throw ApiException.invalid("body", "calendar.xml.root");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            String[] day = days.get(i);
            Entry entry = entry("days[" + i + "]", year, day[0], day[1], day[2], day[3], holidays, violations);
            if (entry != null) {
                entries.add(entry);
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return new XmlCalendar(year, List.copyOf(entries));
    }

    private static int year(String value) {
        try {
            int year = Integer.parseInt(value == null ? "" : value.strip());
            if (year >= 1900 && year <= 2999) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.invalid("year", "calendar.xml.year");
    }

    private static Entry entry(String field, int year, String d, String t, String h, String f, Map<String, String> holidays,
            List<Violation> violations) {
        LocalDate date = date(year, d);
        if (date == null) {
            violations.add(new Violation(field, "calendar.xml.day-date", String.valueOf(d), Integer.toString(year)));
            return null;
        }
        if (h != null && !holidays.containsKey(h)) {
            violations.add(new Violation(field, "calendar.xml.holiday-unknown", h));
            return null;
        }
        String title = h == null ? null : holidays.get(h);
        LocalDate from = date(year, f);
        String moved = from == null ? null : "Перенос выходного дня с " + DAY.format(from);
        return switch (t == null ? "" : t.strip()) {
            case "1" -> CalendarRules.publicHoliday(date) != null ? new Entry(field, date, Mark.HOLIDAY, title)
                    : new Entry(field, date, Mark.DAY_OFF, moved != null ? moved : title);
            case "2" -> new Entry(field, date, Mark.SHORTENED, null);
            case "3" -> new Entry(field, date, Mark.WORKDAY, null);
            default -> {
                violations.add(new Violation(field, "calendar.xml.day-type", String.valueOf(t)));
                yield null;
            }
        };
    }

    /** {@code MM.DD} in the year, or null. */
    private static LocalDate date(int year, String monthDay) {
        if (monthDay == null || !monthDay.strip().matches("\\d{2}\\.\\d{2}")) {
            return null;
        }
        String[] parts = monthDay.strip().split("\\.");
        try {
            return LocalDate.of(year, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
