package ru.otklik.calendar.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import ru.otklik.calendar.CalendarAction;
import ru.otklik.calendar.CalendarStatus;
import ru.otklik.calendar.CalendarYear;
import ru.otklik.calendar.dto.CalendarEvent;
import ru.otklik.shared.action.Acting;
import ru.otklik.shared.action.EventFacts;
import ru.otklik.shared.action.Lifecycle;
import ru.otklik.shared.action.StateMachine;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.caller.PlatformRole;
import ru.otklik.shared.problem.ApiException;

/** Years of the calendar as the write kit sees them: public to read, an ADMIN's to change, events for everyone. */
@ApplicationScoped
public class CalendarYears implements Lifecycle<CalendarYear, CalendarStatus, CalendarAction, CalendarActor> {

    @Override
    public StateMachine<CalendarAction, CalendarStatus> machine() {
        return CalendarAction.TABLE;
    }

    @Override
    public Class<CalendarYear> type() {
        return CalendarYear.class;
    }

    @Override
    public Uni<CalendarActor> actor(Caller caller) {
        return Uni.createFrom().item(new CalendarActor(caller));
    }

    /** The id of a year is the year, an integer column. */
    @Override
    public Uni<CalendarYear> load(long id) {
        return Panache.getSession().chain(session -> session.find(CalendarYear.class, Math.toIntExact(id)));
    }

    @Override
    public boolean canSee(CalendarActor actor, CalendarYear year) {
        return true;
    }

    @Override
    public boolean mayPerform(CalendarActor actor, CalendarAction action, CalendarYear year) {
        return actor.administers();
    }

    @Override
    public ApiException notFound(long id) {
        return ApiException.notFound("calendar.year.not-found", Long.toString(id));
    }

    @Override
    public Acting acting(CalendarActor actor, CalendarAction action, CalendarYear year) {
        return new Acting(PlatformRole.ADMIN_NAME, null);
    }

    /** The calendar is public: its events concern no organisation and no person. */
    @Override
    public EventFacts describe(CalendarYear year) {
        return new EventFacts(null, null, CalendarEvent.of(year));
    }
}
