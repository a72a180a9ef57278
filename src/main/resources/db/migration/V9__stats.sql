-- Statistics of appeals: the production calendar as SQL functions, and the indexes the statistics statement needs.
--
-- The calendar's public SQL interface. Deadlines are set in Java (ru.otklik.calendar.ProductionCalendar); figures
-- over thousands of appeals are counted in the database, on the same tables (calendar_day, calendar_year of
-- V3__production_calendar.sql) and the same rule: Monday to Friday, minus the HOLIDAY and DAY_OFF exceptions that
-- fall on them, plus the WORKDAY exceptions (worked Saturdays and Sundays). Only years listed in calendar_year are
-- known; for any other year the functions answer null (unknown), never a guess. Any feature may call them; they read
-- nothing but the calendar's two tables, whatever columns those gain.

-- Whether the day is worked; null when the calendar does not cover its year.
create function is_working_day(day date) returns boolean
    language sql stable strict parallel safe
as $$
    select case
        when not exists (select 1 from calendar_year y where y.year = extract(year from $1)::integer) then null
        else coalesce((select d.kind = 'WORKDAY' from calendar_day d where d.day = $1), extract(isodow from $1) < 6)
    end
$$;

comment on function is_working_day(date) is
    'Production calendar: true on a working day, false on a day off, null when calendar_year does not cover the year';

-- The working days after from_day up to and including to_day: 0 for the same day, 1 from a Friday to the next
-- Monday, what ProductionCalendar.addWorkingDays adds (addWorkingDays(d, n) is the first day e with
-- working_days_between(d, e) = n). Negative when to_day is before from_day. Null unless the calendar covers every
-- year from the earlier day's to the later day's.
--
-- Monday to Friday are counted by arithmetic, not day by day: between 1900-01-01 (a Monday) and a day d lie
-- (n / 7) * 5 + least(n % 7, 5) of them, n = d - 1900-01-01; the exceptions in the range correct the count. One
-- index range scan of calendar_day per call, so that statistics over a year of appeals stay one statement.
create function working_days_between(from_day date, to_day date) returns integer
    language sql stable strict parallel safe
as $$
    select case
        when c.years <> extract(year from r.hi)::integer - extract(year from r.lo)::integer + 1 then null
        else (r.sign * (w.weekdays + x.worked - x.lost))::integer
    end
    from (select least($1, $2) as lo, greatest($1, $2) as hi, sign($2 - $1) as sign) r
    cross join lateral (
        select ((r.hi + 1 - date '1900-01-01') / 7) * 5 + least((r.hi + 1 - date '1900-01-01') % 7, 5)
             - ((r.lo + 1 - date '1900-01-01') / 7) * 5 - least((r.lo + 1 - date '1900-01-01') % 7, 5) as weekdays) w
    cross join lateral (
        select count(*) filter (where d.kind = 'WORKDAY' and extract(isodow from d.day) >= 6) as worked,
               count(*) filter (where d.kind in ('HOLIDAY', 'DAY_OFF') and extract(isodow from d.day) < 6) as lost
        from calendar_day d
        where d.day > r.lo and d.day <= r.hi) x
    cross join lateral (
        select count(*) as years from calendar_year y
        where y.year between extract(year from r.lo)::integer and extract(year from r.hi)::integer) c
$$;

comment on function working_days_between(date, date) is
    'Production calendar: working days in (from_day, to_day]; negative backwards; null outside the covered years';

-- Working days for many pairs of days at once: a statement over thousands of appeals joins this once for its whole
-- span instead of calling working_days_between per row (a function call per row costs more than the rest of the
-- statement). For every day of [first_day, last_day]:
--   covered_since  the first day of the unbroken stretch of covered years the day is in (null in an uncovered year);
--   number         the working days from covered_since (excluded) to the day (included).
-- For two days a and b with the same covered_since, working_days_between(a, b) = number(b) - number(a); days of
-- different stretches have an uncovered year between them, and no count.
create function working_day_numbers(first_day date, last_day date)
    returns table (day date, covered_since date, number integer)
    language sql stable parallel safe
as $$
    select s.day,
           case when s.covered then first_value(s.day) over stretch end,
           case when s.covered
                then (count(*) filter (where s.worked) over stretch - first_value(s.worked::integer) over stretch)::integer
           end
    from (
        select g.day::date as day,
               y.year is not null as covered,
               coalesce(d.kind = 'WORKDAY', extract(isodow from g.day) < 6) as worked,
               -- a new stretch begins after every uncovered day
               count(*) filter (where y.year is null) over (order by g.day) as gaps
        from generate_series(first_day, last_day, interval '1 day') g (day)
        left join calendar_year y on y.year = extract(year from g.day)::integer
        left join calendar_day d on d.day = g.day::date
    ) s
    window stretch as (partition by s.gaps, s.covered order by s.day)
$$;

comment on function working_day_numbers(date, date) is
    'Production calendar: per day of the span, its covered stretch and working-day number; '
    'working_days_between(a, b) = number(b) - number(a) within one stretch';

-- Indexes of the statistics statement (AppealStatistics). Every statistics request is bounded by a range of filing
-- days (created_on, the day in the region of the handling organisation; appeal_created_on_idx of V4 serves a range on
-- its own); each filter it exposes narrows by an index that also bounds the range, so that the statistics of one
-- organisation's subtree, one topic or one municipality read only their rows, not the whole period of the region.
-- Channel and status are not indexed here: five to eight values, each a large share of a period.
create index appeal_stats_organisation_idx on appeal (organisation_id, created_on);
create index appeal_stats_category_idx on appeal (category_id, created_on);
-- an OKTMO prefix is a range of the "C"-collated code
create index appeal_stats_oktmo_idx on appeal (oktmo, created_on);
-- servicemen's appeals are about 2 % of all: their own small index
create index appeal_stats_priority_idx on appeal (created_on) where priority;
