package ru.otklik.calendar;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ru.otklik.shared.action.Stateful;

/**
 * A year of the production calendar and what it rests on; its days are {@link CalendarDay} and
 * {@link CalendarShortenedDay} rows. Write model: changed only through the write kit. Its id is the year.
 */
@Entity
@Table(name = "calendar_year")
public class CalendarYear implements Stateful<CalendarStatus> {

    @Id
    public Integer year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CalendarStatus status;

    @Column(name = "decree_number")
    public String decreeNumber;

    @Column(name = "decree_date")
    public LocalDate decreeDate;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(name = "draft_reference")
    public String draftReference;

    public String basis;

    @Column(name = "shortened_days_listed", nullable = false)
    public boolean shortenedDaysListed;

    @Column(name = "loaded_at")
    public Instant loadedAt;

    @Column(name = "loaded_by_oid")
    public String loadedByOid;

    @Version
    public int version;

    @Override
    public Long id() {
        return year.longValue();
    }

    @Override
    public CalendarStatus status() {
        return status;
    }

    @Override
    public void enter(CalendarStatus next) {
        status = next;
    }

    @Override
    public int version() {
        return version;
    }
}
