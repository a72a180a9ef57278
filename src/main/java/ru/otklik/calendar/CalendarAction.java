package ru.otklik.calendar;

import static ru.otklik.calendar.CalendarStatus.OFFICIAL;
import static ru.otklik.calendar.CalendarStatus.PROVISIONAL;
import static ru.otklik.shared.action.StateMachine.from;

import ru.otklik.shared.action.StateMachine;

/** What can happen to a year of the production calendar; see {@link #TABLE}. */
public enum CalendarAction {
    /** The year's days are (re)placed: a new year, a provisional year replaced, an official year corrected. */
    LOAD,
    /** A provisional year is replaced by the days of its decree. */
    MAKE_OFFICIAL;

    /** An official year never becomes provisional again: a correction of its decree is a LOAD that keeps it official. */
    public static final StateMachine<CalendarAction, CalendarStatus> TABLE = StateMachine.<CalendarAction, CalendarStatus>of("calendar")
            .creates(LOAD, PROVISIONAL, "calendar.year_loaded")
            .creates(LOAD, OFFICIAL, "calendar.year_loaded")
            .stay(LOAD, from(PROVISIONAL, OFFICIAL), "calendar.year_loaded")
            .move(MAKE_OFFICIAL, from(PROVISIONAL), OFFICIAL, "calendar.year_official")
            // an administrator's load moves every deadline counted on the year: audited
            .privileged(LOAD, MAKE_OFFICIAL)
            .build();
}
