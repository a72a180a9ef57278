package ru.otklik.calendar.service;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import ru.otklik.calendar.ProductionCalendar;
import ru.otklik.calendar.WorkingCalendar;
import ru.otklik.shared.config.OtklikConfig;

/**
 * Tells operators, long before New Year, whether next year has an official calendar: from mid-December every new
 * deadline reaches into it. A readiness check that is always UP (the service works, deadlines are only provisional)
 * and says what this year and next year rest on, and two gauges for an alert: {@code otklik_calendar_next_year_loaded}
 * and {@code otklik_calendar_next_year_official} (1 or 0), from the calendar this instance read last.
 */
@Readiness
@ApplicationScoped
public class CalendarMonitor implements AsyncHealthCheck {

    static final String NAME = "production-calendar";

    private final WorkingCalendar calendar;
    private final MeterRegistry registry;
    private final ZoneId zone;

    public CalendarMonitor(WorkingCalendar calendar, MeterRegistry registry, OtklikConfig config) {
        this.calendar = calendar;
        this.registry = registry;
        this.zone = config.defaultZone();
    }

    void register(@Observes StartupEvent event) {
        Gauge.builder("otklik.calendar.next.year.loaded", this, monitor -> monitor.nextYear(false))
                .description("1 when the production calendar has data for next year").register(registry);
        Gauge.builder("otklik.calendar.next.year.official", this, monitor -> monitor.nextYear(true))
                .description("1 when next year's production calendar rests on the Government decree").register(registry);
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        int year = LocalDate.now(zone).getYear();
        return calendar.calendar()
                .map(days -> {
                    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up()
                            .withData("currentYear", year)
                            .withData("currentYearStatus", status(days, year))
                            .withData("nextYear", year + 1)
                            .withData("nextYearStatus", status(days, year + 1));
                    if (!official(days, year + 1)) {
                        response.withData("attention", ("%d has no official calendar yet: deadlines reaching into it are "
                                + "provisional. Load the decree's calendar: PUT /api/v1/calendar/%d").formatted(year + 1, year + 1));
                    }
                    return response.build();
                })
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named(NAME).up()
                        .withData("attention", "the production calendar could not be read").build());
    }

    private double nextYear(boolean official) {
        ProductionCalendar days = calendar.lastRead();
        if (days == null) {
            return Double.NaN;
        }
        int next = LocalDate.now(zone).getYear() + 1;
        return (official ? official(days, next) : days.covers(next)) ? 1 : 0;
    }

    private static boolean official(ProductionCalendar days, int year) {
        return days.covers(year) && !days.isProvisional(year);
    }

    private static String status(ProductionCalendar days, int year) {
        return !days.covers(year) ? "MISSING" : days.isProvisional(year) ? "PROVISIONAL" : "OFFICIAL";
    }
}
