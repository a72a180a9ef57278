package ru.otklik.calendar.service;

import ru.otklik.shared.action.Actor;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.caller.PlatformRole;

/** The caller as the calendar sees them: only a platform ADMIN changes it. */
public record CalendarActor(Caller caller) implements Actor {

    @Override
    public String oid() {
        return caller.oid();
    }

    public boolean administers() {
        return caller.has(PlatformRole.ADMIN);
    }
}
