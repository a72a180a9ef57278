-- The production calendar becomes data an ADMIN manages (PUT /api/v1/calendar/{year}) instead of data only a
-- release can change, and each year says what it rests on:
--   OFFICIAL     the Government decree «О переносе выходных дней в ... году»: its number, its date and where it is
--                published;
--   PROVISIONAL  the rules of the Labour Code (art. 112: the public holidays, and a holiday on a weekend moves its day
--                off to the next working day) plus transfers that could not be checked against a decree; a draft may
--                be referenced.
-- A deadline counted over a day of a PROVISIONAL year is provisional itself (appeal.due_date_provisional): the law
-- fixes a deadline at registration, unless the calendar it was counted on was provisional; such deadlines are
-- recomputed when the year is replaced or becomes OFFICIAL.
--
-- calendar_year and calendar_day keep every column and their meaning (V3): statistics count working days in SQL from
-- them. Only columns and tables are added.

alter table calendar_year
    add column status                varchar(12),
    add column decree_number         varchar(32),
    add column decree_date           date,
    add column source_url            varchar(500),
    add column draft_reference       varchar(500),
    -- what the data rests on, in words (the decree's title, or the rules a provisional year follows)
    add column basis                 varchar(2000),
    -- V3 does not list the shortened pre-holiday days: until a load lists them, hours are not known
    add column shortened_days_listed boolean not null default false,
    add column loaded_at             timestamptz,
    add column loaded_by_oid         varchar(64),
    add column version               integer not null default 0;

-- The decrees V3 cites for 2024-2026 (their data was checked against the published calendars). The address of each
-- decree's publication could not be read here; the official portal of legal information, where all of them are
-- published, stands as their source until an ADMIN loads the year again with the document's own address.
update calendar_year set status = 'OFFICIAL', decree_number = '1314', decree_date = date '2023-08-10',
    source_url = 'http://publication.pravo.gov.ru/',
    basis = 'Постановление Правительства РФ от 10.08.2023 № 1314 «О переносе выходных дней в 2024 году»'
where year = 2024;
update calendar_year set status = 'OFFICIAL', decree_number = '1335', decree_date = date '2024-10-04',
    source_url = 'http://publication.pravo.gov.ru/',
    basis = 'Постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году»'
where year = 2025;
update calendar_year set status = 'OFFICIAL', decree_number = '1466', decree_date = date '2025-09-24',
    source_url = 'http://publication.pravo.gov.ru/',
    basis = 'Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»'
where year = 2026;
-- 2027: V3 cites a decree whose text could not be read, and a press report of a draft spoke of other transfers (a
-- working Saturday on 13 November). The rows stay as they are - 2027 has the weekdays of 2021, and they repeat the
-- transfers of 2021 - but the year is PROVISIONAL and no row cites the unverified decree any more.
update calendar_year set status = 'PROVISIONAL',
    basis = 'Трудовой кодекс РФ, ст. 112: нерабочие праздничные дни и перенос выходного, совпавшего с праздником, '
         || 'на следующий рабочий день. Переносы новогодних выходных и 20 февраля приняты как в 2021 году (те же дни '
         || 'недели): 2 января → 5 ноября, 3 января → 31 декабря, 20 февраля → 22 февраля. Постановление о переносе '
         || 'выходных дней в 2027 году не проверено.'
where year = 2027;
update calendar_year set status = 'PROVISIONAL' where status is null;

update calendar_day set note = 'Новогодние каникулы (суббота; предварительно, как в 2021 году: выходной переносится на 5 ноября)'
where day = date '2027-01-02';
update calendar_day set note = 'Новогодние каникулы (воскресенье; предварительно, как в 2021 году: выходной переносится на 31 декабря)'
where day = date '2027-01-03';
update calendar_day set note = 'Рабочая суббота (предварительно, как в 2021 году: выходной переносится на 22 февраля)'
where day = date '2027-02-20';
update calendar_day set note = 'Перенос выходного с субботы 20 февраля (предварительно, как в 2021 году)'
where day = date '2027-02-22';
update calendar_day set note = 'Перенос выходного с субботы 2 января (предварительно, как в 2021 году)'
where day = date '2027-11-05';
update calendar_day set note = 'Перенос выходного с воскресенья 3 января (предварительно, как в 2021 году)'
where day = date '2027-12-31';

-- A year nobody vouches for is provisional: a bare insert (a test, a hand-made fix) never claims a decree.
alter table calendar_year
    alter column status set not null,
    alter column status set default 'PROVISIONAL',
    add constraint calendar_year_status check (status in ('OFFICIAL', 'PROVISIONAL')),
    add constraint calendar_year_official_has_decree
        check (status <> 'OFFICIAL' or (decree_number is not null and decree_date is not null));

-- Shortened pre-holiday days (Labour Code art. 95: one hour shorter). A working day like any other for deadlines,
-- kept apart from calendar_day so that every count of working days over calendar_day stays as it is; a shortened
-- working Saturday has its WORKDAY row there and its row here.
create table calendar_shortened_day (
    day  date primary key,
    note varchar(200) not null
);

-- Every instance keeps the calendar in memory. Before it counts a deadline it reads this one number (one row, one
-- round trip) and reads the calendar again when the number moved, so a replaced year counts at once everywhere. The
-- triggers move it on every change of the calendar tables - through the API, a migration or by hand alike. A year's
-- replacement holds this row locked (FOR UPDATE) until it commits, and a deadline holds it shared (FOR SHARE) while
-- it is written: a deadline is never set on data a replacement is about to change without being recomputed by it.
create table calendar_generation (
    only_row   boolean primary key default true check (only_row),
    generation bigint  not null
);
insert into calendar_generation (only_row, generation) values (true, 1);

create function calendar_generation_next() returns trigger language plpgsql as $$
begin
    update calendar_generation set generation = generation + 1;
    return null;
end;
$$;

create trigger calendar_year_generation after insert or update or delete or truncate on calendar_year
    for each statement execute function calendar_generation_next();
create trigger calendar_day_generation after insert or update or delete or truncate on calendar_day
    for each statement execute function calendar_generation_next();
create trigger calendar_shortened_day_generation after insert or update or delete or truncate on calendar_shortened_day
    for each statement execute function calendar_generation_next();

-- An appeal's deadline: the day it is counted from (not counted itself), the working days counted, and whether any
-- counted day lies in a PROVISIONAL year. The first two let a provisional deadline be counted again on new data.
alter table appeal
    add column deadline_start        date,
    add column deadline_working_days integer,
    add column due_date_provisional  boolean not null default false;

-- Deadlines set before this migration: one neither extended nor reopened was counted from its registration day (in
-- the region's time zone, which the application knows and SQL does not: deadline_start stays null and the
-- application takes the registration day); the others cannot be counted again and keep their due date.
update appeal set deadline_working_days = deadline_days
where registered_at is not null and not extended and not reopened;
update appeal a set due_date_provisional = true
where a.due_date is not null
  and exists (select 1 from calendar_year y
              where y.status = 'PROVISIONAL' and a.due_date >= make_date(y.year, 1, 1)
                and (a.registered_at at time zone 'UTC')::date <= make_date(y.year, 12, 31));

-- ?provisional=true: deadlines on provisional data are few (those reaching into a year without its decree), so the
-- indexes are partial: an organisation's inbox in its order, and everyone's newest first. The second also finds the
-- deadlines to recompute when a year is replaced.
create index appeal_provisional_inbox_idx on appeal (organisation_id, priority desc, coalesce(due_at, 'infinity'::timestamptz), id)
    where due_date_provisional and registered_at is not null;
create index appeal_provisional_idx on appeal (created_at desc, id desc) where due_date_provisional;
