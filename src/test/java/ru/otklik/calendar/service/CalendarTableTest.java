package ru.otklik.calendar.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static ru.otklik.calendar.CalendarAction.LOAD;
import static ru.otklik.calendar.CalendarAction.MAKE_OFFICIAL;
import static ru.otklik.calendar.CalendarStatus.OFFICIAL;
import static ru.otklik.calendar.CalendarStatus.PROVISIONAL;

import java.util.List;

import org.junit.jupiter.api.Test;

import ru.otklik.calendar.CalendarAction;

/** A calendar year's table: loaded in either status, made official once, never provisional again. */
class CalendarTableTest {

    @Test
    void aNewYearIsLoadedInTheStatusItIsGiven() {
        assertEquals(PROVISIONAL, CalendarAction.TABLE.transition(LOAD, null, PROVISIONAL).to());
        assertEquals(OFFICIAL, CalendarAction.TABLE.transition(LOAD, null, OFFICIAL).to());
        assertEquals("calendar.year_loaded", CalendarAction.TABLE.transition(LOAD, null, OFFICIAL).event());
    }

    @Test
    void aLoadKeepsTheStatusAndOnlyAProvisionalYearBecomesOfficial() {
        assertEquals(null, CalendarAction.TABLE.transition(LOAD, OFFICIAL, null).to());
        assertEquals(null, CalendarAction.TABLE.transition(LOAD, PROVISIONAL, null).to());
        assertEquals(OFFICIAL, CalendarAction.TABLE.transition(MAKE_OFFICIAL, PROVISIONAL, null).to());
        assertFalse(CalendarAction.TABLE.allows(MAKE_OFFICIAL, OFFICIAL));
        assertEquals(List.of("calendar.year_loaded", "calendar.year_official"), CalendarAction.TABLE.events());
    }

    @Test
    void thePutChoosesTheActionFromWhatTheYearIsAndWhatItIsToBecome() {
        assertEquals(MAKE_OFFICIAL, CalendarService.action(PROVISIONAL, OFFICIAL));
        assertEquals(LOAD, CalendarService.action(PROVISIONAL, PROVISIONAL));
        assertEquals(LOAD, CalendarService.action(OFFICIAL, OFFICIAL));
        assertEquals(LOAD, CalendarService.action(OFFICIAL, PROVISIONAL), "the load refuses it, with a reason");
    }
}
