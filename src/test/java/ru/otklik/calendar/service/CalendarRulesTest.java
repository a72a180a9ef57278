package ru.otklik.calendar.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import ru.otklik.calendar.CalendarStatus;
import ru.otklik.calendar.ProductionCalendar.DayKind;
import ru.otklik.calendar.dto.SourceInput;
import ru.otklik.calendar.service.YearData.Entry;
import ru.otklik.calendar.service.YearData.Mark;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ApiException.Violation;

/** What may be loaded as a year of the production calendar; no Quarkus, no database. */
class CalendarRulesTest {

    private static final CalendarRules RULES = new CalendarRules(240, 260);
    private static final SourceInput NO_SOURCE = new SourceInput(null, null, null, null, null);
    private static final SourceInput DECREE = new SourceInput("1466", LocalDate.of(2030, 9, 24), "https://example.org/1466", null, null);

    @Test
    void aYearOfItsPublicHolidaysIsAcceptedWithItsWorkingDays() {
        CalendarRules.Checked checked = RULES.check(year(2031, holidays(2031)));
        assertEquals(251, checked.workingDays());
        assertEquals(14, checked.days().size());
        assertEquals(DayKind.HOLIDAY, checked.exceptions().get(LocalDate.of(2031, 1, 7)));
        assertEquals("Рождество Христово", checked.days().stream()
                .filter(day -> day.day.equals(LocalDate.of(2031, 1, 7))).findFirst().orElseThrow().note);
    }

    @Test
    void aDayOfAnotherYearIsNamedByItsField() {
        List<Entry> days = holidays(2031);
        days.add(new Entry("nonWorkingDays[14]", LocalDate.of(2030, 12, 31), Mark.DAY_OFF, null));
        assertViolation(year(2031, days), "nonWorkingDays[14]", "calendar.day.other-year", LocalDate.of(2030, 12, 31));
    }

    @Test
    void aWeekdayMarkedWorkingAndAWeekendMarkedOffContradictTheWeek() {
        List<Entry> days = holidays(2031);
        days.add(new Entry("transferredWorkingDays[0]", LocalDate.of(2031, 3, 5), Mark.WORKDAY, null));
        days.add(new Entry("nonWorkingDays[14]", LocalDate.of(2031, 3, 1), Mark.DAY_OFF, null));
        ApiException refused = assertThrows(ApiException.class, () -> RULES.check(year(2031, days)));
        assertHas(refused, "transferredWorkingDays[0]", "calendar.day.weekday-working");
        assertHas(refused, "nonWorkingDays[14]", "calendar.day.weekend-off");
    }

    @Test
    void aDayGivenTwiceWithContradictingKindsNamesBothAndTheSameDayTwiceIsOneDay() {
        List<Entry> days = holidays(2031);
        days.add(new Entry("nonWorkingDays[14]", LocalDate.of(2031, 3, 10), Mark.DAY_OFF, null));
        days.add(new Entry("nonWorkingDays[15]", LocalDate.of(2031, 3, 10), Mark.DAY_OFF, null));
        assertEquals(250, RULES.check(year(2031, days)).workingDays(), "the same day off twice counts once");
        days.add(new Entry("shortenedDays[0]", LocalDate.of(2031, 3, 10), Mark.SHORTENED, null));
        ApiException refused = assertThrows(ApiException.class, () -> RULES.check(year(2031, days)));
        Violation twice = refused.violations().get(0);
        assertEquals("shortenedDays[0]", twice.field());
        assertEquals("calendar.day.twice", twice.key());
        assertEquals("nonWorkingDays[14]", twice.args()[1]);
    }

    @Test
    void aPublicHolidayOnAWeekdayMustBeListedAndCannotBeWorked() {
        List<Entry> days = holidays(2031);
        days.removeIf(entry -> entry.date().equals(LocalDate.of(2031, 6, 12)));
        days.add(new Entry("shortenedDays[0]", LocalDate.of(2031, 11, 4), Mark.SHORTENED, null));
        ApiException refused = assertThrows(ApiException.class, () -> RULES.check(year(2031, days)));
        assertHas(refused, "nonWorkingDays", "calendar.holiday.missing");
        assertHas(refused, "shortenedDays[0]", "calendar.day.holiday-working");
    }

    @Test
    void onlyAPublicHolidayOfTheLabourCodeIsAHolidayAndOneIsNeverADayOff() {
        List<Entry> days = holidays(2031);
        days.add(new Entry("nonWorkingDays[14]", LocalDate.of(2031, 3, 10), Mark.HOLIDAY, null));
        days.replaceAll(entry -> entry.date().equals(LocalDate.of(2031, 5, 9))
                ? new Entry(entry.field(), entry.date(), Mark.DAY_OFF, null) : entry);
        ApiException refused = assertThrows(ApiException.class, () -> RULES.check(year(2031, days)));
        assertHas(refused, "nonWorkingDays[14]", "calendar.day.not-public-holiday");
        assertHas(refused, "nonWorkingDays[11]", "calendar.day.is-public-holiday");
    }

    @Test
    void aYearWithAnImplausibleNumberOfWorkingDaysIsRefused() {
        List<Entry> days = holidays(2031);
        for (int day = 3; day <= 21; day++) {
            LocalDate weekday = LocalDate.of(2031, 3, day);
            if (weekday.getDayOfWeek().getValue() < 6) {
                days.add(new Entry("nonWorkingDays[" + days.size() + "]", weekday, Mark.DAY_OFF, null));
            }
        }
        ApiException refused = assertThrows(ApiException.class, () -> RULES.check(year(2031, days)));
        assertHas(refused, "nonWorkingDays", "calendar.totals.implausible");
        assertEquals(236, refused.violations().get(0).args()[0], "251 - 15 weekdays off");
    }

    @Test
    void aShortenedSaturdayIsWorkedAndAShortenedWeekdayStaysAnOrdinaryWorkingDay() {
        List<Entry> days = holidays(2031);
        days.add(new Entry("shortenedDays[0]", LocalDate.of(2031, 11, 1), Mark.SHORTENED, null));
        days.add(new Entry("shortenedDays[1]", LocalDate.of(2031, 6, 11), Mark.SHORTENED, null));
        CalendarRules.Checked checked = RULES.check(year(2031, days));
        assertEquals(252, checked.workingDays());
        assertEquals(DayKind.WORKDAY, checked.exceptions().get(LocalDate.of(2031, 11, 1)));
        assertEquals(null, checked.exceptions().get(LocalDate.of(2031, 6, 11)));
        assertEquals(2, checked.shortened().size());
    }

    @Test
    void anOfficialYearNamesItsDecreeAndAProvisionalOneHasNone() {
        YearData official = new YearData(2031, CalendarStatus.OFFICIAL, NO_SOURCE, "source.", "nonWorkingDays",
                holidays(2031), false, "json");
        ApiException refused = assertThrows(ApiException.class, () -> RULES.check(official));
        assertHas(refused, "source.decreeNumber", "calendar.official.decree-required");
        assertHas(refused, "source.decreeDate", "calendar.official.decree-required");
        assertHas(refused, "source.url", "calendar.official.url-required");
        YearData provisional = new YearData(2031, CalendarStatus.PROVISIONAL, DECREE, "", "days", holidays(2031), true,
                "xmlcalendar");
        refused = assertThrows(ApiException.class, () -> RULES.check(provisional));
        assertHas(refused, "decreeNumber", "calendar.provisional.no-decree");
        YearData decreed = new YearData(2031, CalendarStatus.OFFICIAL, DECREE, "", "days", holidays(2031), true, "xmlcalendar");
        assertEquals(251, RULES.check(decreed).workingDays());
    }

    private static YearData year(int year, List<Entry> days) {
        return new YearData(year, CalendarStatus.PROVISIONAL, NO_SOURCE, "source.", "nonWorkingDays", days, false, "json");
    }

    private static List<Entry> holidays(int year) {
        List<Entry> days = new ArrayList<>();
        for (Map.Entry<MonthDay, String> holiday : new TreeMap<>(CalendarRules.PUBLIC_HOLIDAYS).entrySet()) {
            days.add(new Entry("nonWorkingDays[" + days.size() + "]", holiday.getKey().atYear(year), Mark.HOLIDAY, null));
        }
        return days;
    }

    private static void assertViolation(YearData data, String field, String key, Object firstArg) {
        ApiException refused = assertThrows(ApiException.class, () -> RULES.check(data));
        assertHas(refused, field, key);
        assertEquals(firstArg, refused.violations().stream().filter(v -> v.field().equals(field)).findFirst().orElseThrow().args()[0]);
    }

    private static void assertHas(ApiException refused, String field, String key) {
        assertTrue(refused.violations().stream().anyMatch(v -> v.field().equals(field) && v.key().equals(key)),
                field + " " + key + " in " + refused.violations().stream().map(v -> v.field() + " " + v.key()).toList());
    }
}
