package ru.otklik.calendar.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.otklik.calendar.service.XmlCalendarReader.XmlCalendar;
import ru.otklik.calendar.service.YearData.Entry;
import ru.otklik.calendar.service.YearData.Mark;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/** The xmlcalendar format, read safely; no Quarkus. */
class XmlCalendarReaderTest {

    private static final String DOCUMENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <calendar year="2027" lang="ru" date="2026.09.17" country="ru">
              <holidays>
                <holiday id="1" title="Новогодние каникулы"/>
                <holiday id="2" title="День защитника Отечества"/>
              </holidays>
              <days>
                <day d="01.02" t="1" h="1"/>
                <day d="02.20" t="3"/>
                <day d="02.22" t="1" f="02.20"/>
                <day d="02.23" t="1" h="2"/>
                <day d="03.05" t="2"/>
              </days>
            </calendar>""";

    @Test
    void daysOffWorkedWeekendsAndShortenedDaysAreReadWithTheirNotes() {
        XmlCalendar calendar = read(DOCUMENT);
        assertEquals(2027, calendar.year());
        List<Entry> days = calendar.entries();
        assertEquals(new Entry("days[0]", LocalDate.of(2027, 1, 2), Mark.HOLIDAY, "Новогодние каникулы"), days.get(0));
        assertEquals(new Entry("days[1]", LocalDate.of(2027, 2, 20), Mark.WORKDAY, null), days.get(1));
        assertEquals(new Entry("days[2]", LocalDate.of(2027, 2, 22), Mark.DAY_OFF, "Перенос выходного дня с 20.02.2027"), days.get(2));
        assertEquals(Mark.HOLIDAY, days.get(3).mark());
        assertEquals(new Entry("days[4]", LocalDate.of(2027, 3, 5), Mark.SHORTENED, null), days.get(4));
    }

    @Test
    void aDayThatDoesNotExistOrAnUnknownKindIsNamedByItsPlaceInTheDocument() {
        ApiException refused = assertThrows(ApiException.class, () -> read(DOCUMENT
                .replace("<day d=\"02.20\" t=\"3\"/>", "<day d=\"02.31\" t=\"3\"/>")
                .replace("<day d=\"03.05\" t=\"2\"/>", "<day d=\"03.05\" t=\"7\"/>")));
        assertEquals(ProblemType.VALIDATION, refused.type());
        assertEquals("days[1]", refused.violations().get(0).field());
        assertEquals("calendar.xml.day-date", refused.violations().get(0).key());
        assertEquals("02.31", refused.violations().get(0).args()[0]);
        assertEquals("days[4]", refused.violations().get(1).field());
        assertEquals("calendar.xml.day-type", refused.violations().get(1).key());
    }

    @Test
    void anExternalEntityIsNeverResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE calendar [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <calendar year="2027"><holidays><holiday id="1" title="&secret;"/></holidays>
                <days><day d="01.01" t="1" h="1"/></days></calendar>""";
        ApiException refused = assertThrows(ApiException.class, () -> read(xxe));
        assertEquals(ProblemType.MALFORMED_BODY, refused.type());
    }

    @Test
    void anEntityThatExpandsWithoutEndIsNeverExpanded() {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE calendar [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
                <calendar year="2027"><holidays><holiday id="1" title="&d;"/></holidays><days/></calendar>""";
        ApiException refused = assertThrows(ApiException.class, () -> read(laughs));
        assertEquals(ProblemType.MALFORMED_BODY, refused.type());
    }

    @Test
    void aBrokenDocumentOrAnotherRootIsRefused() {
        ApiException broken = assertThrows(ApiException.class, () -> read("<calendar year=\"2027\"><days>"));
        assertEquals(ProblemType.MALFORMED_BODY, broken.type());
        ApiException other = assertThrows(ApiException.class, () -> read("<organisation/>"));
        assertEquals("body", other.violations().get(0).field());
        ApiException noYear = assertThrows(ApiException.class, () -> read("<calendar year=\"next\"><days/></calendar>"));
        assertEquals("year", noYear.violations().get(0).field());
    }

    @Test
    void aHolidayTheDocumentDoesNotDeclareIsNamed() {
        ApiException refused = assertThrows(ApiException.class, () -> read(DOCUMENT.replace("h=\"2\"", "h=\"9\"")));
        assertTrue(refused.violations().stream().anyMatch(v -> v.field().equals("days[3]")
                && v.key().equals("calendar.xml.holiday-unknown")));
    }

    private static XmlCalendar read(String document) {
        return XmlCalendarReader.read(document.getBytes(StandardCharsets.UTF_8));
    }
}
