-- DEV ONLY: a year of synthetic appeals at the scale of Irkutsk oblast, so that statistics can be tried in dev mode.
-- Run by POST /dev/generated-appeals (ru.otklik.dev.DevAppealGenerator, dev builds only) or by the statistics query
-- plan test inside a transaction it rolls back; never by Flyway, never at start-up (it takes seconds). Not packaged.
--
-- Parameters: $1 the year, $2 how many appeals (the seed's report: 35 253 in 2023). One statement, set-based.
--
-- * Topics follow the report («здравоохранение и электронная запись к врачу, образование, состояние дорог,
--   благоустройство, обращения военнослужащих и их семей»): a fixed share per thousand for each subtopic, handed out
--   by a permutation of the row number, so that exactly 23 in a thousand (~811 of 35 253) are priority appeals of
--   servicemen and their families (the report: over 800).
-- * Places are the towns of the dev directory (db/dev/R__dev_irkutsk.sql), weighted by size; each appeal goes to the
--   organisation the routing rules name (the category's own rules first, then its parent's; the longest OKTMO prefix;
--   active and connected organisations only), as filing would route it.
-- * Days are spread over the year (up to yesterday for the current year), filed 08:00-22:00 Irkutsk time; moderation
--   takes up to a day and a half; 4 % are rejected and 1 % withdrawn; an answer comes 0..deadline working days after
--   registration for 85 %, up to ten working days late for 13 %, and never for 2 % (overdue now); 3 % of the answered
--   are re-examined with a new deadline; 60 % of the answered are rated (mostly 4 and 5). Nothing lies in the future.
-- * Synthetic people: citizens 2000000001..2000020000, the dev operator (1000100020) for the contact centre and MFC,
--   invented applicants. Texts say they are synthetic. No journal entries or events are written: these rows never
--   happened, and nobody should be notified of them.
-- * Refuses (inserts nothing) when the year already has synthetic appeals: the dev database lives as long as dev mode.
with
params as (
    select $1::integer as year, $2::integer as total, make_date($1::integer, 1, 1) as first_day,
           least(make_date($1::integer, 12, 31), (now() at time zone 'Asia/Irkutsk')::date - 1) as last_day,
           now() as now
),
topic (code, weight) as (values
    ('healthcare.doctor-appointment', 120), ('healthcare.clinics', 50), ('healthcare.medicines', 30),
    ('healthcare.ambulance', 10), ('healthcare.rural-medicine', 10),
    ('education.kindergarten', 50), ('education.schools', 50), ('education.school-meals', 20),
    ('education.school-transport', 20), ('education.extracurricular', 10),
    ('roads.potholes', 80), ('roads.snow-removal', 40), ('roads.traffic-control', 15), ('roads.sidewalks', 15),
    ('roads.construction', 10),
    ('landscaping.yards', 50), ('landscaping.cleaning', 40), ('landscaping.lighting', 20),
    ('landscaping.playgrounds', 15), ('landscaping.public-spaces', 10), ('landscaping.stray-animals', 15),
    ('housing.heating', 30), ('housing.water-supply', 25), ('housing.electricity', 10),
    ('housing.management-company', 25),
    ('transport.public', 30), ('transport.routes', 15),
    ('social.benefits', 25), ('social.large-families', 10),
    ('svo-support.payments', 8), ('svo-support.family-help', 6), ('svo-support.medical-rehab', 4),
    ('svo-support.documents', 3), ('svo-support.employment', 2),
    ('ecology.dumps', 15), ('ecology.green-spaces', 10), ('construction.resettlement', 15),
    ('construction.shared-equity', 10), ('communications.mobile', 10), ('communications.internet', 10),
    ('economy.trade', 15), ('culture.institutions', 12), ('sport.facilities', 10), ('agriculture.land', 10),
    ('forestry.own-needs-wood', 10)
),
topic_slot as (
    select c.id as category_id, c.parent_id, c.deadline_days, c.priority, c.name,
           sum(t.weight) over (order by t.code) - t.weight as lo, sum(t.weight) over (order by t.code) as hi
    from topic t join category c on c.code = t.code
),
place (oktmo, weight) as (values
    ('25701000001', 40), ('25703000001', 12), ('25714000001', 12), ('25738000001', 5), ('25736000001', 5),
    ('25655101001', 4), ('25745000001', 4), ('25732000001', 3), ('25726000001', 3), ('25720000001', 2),
    ('25612000', 6), ('25602101001', 4)
),
place_slot as (
    select p.oktmo, sum(p.weight) over (order by p.oktmo) - p.weight as lo, sum(p.weight) over (order by p.oktmo) as hi
    from place p
),
route as (
    select t.category_id, p.oktmo, o.id as organisation_id, o.region_code,
           'REPORT_PROBLEM' = any(o.widgets) as has_widget
    from topic_slot t cross join place_slot p
    cross join lateral (
        select r.organisation_id from routing_rule r join organisation ro on ro.id = r.organisation_id
        where r.category_id in (t.category_id, t.parent_id) and starts_with(p.oktmo, r.oktmo_prefix)
          and ro.active and ro.connected
        order by r.category_id = t.category_id desc, length(r.oktmo_prefix) desc, r.id
        limit 1) chosen
    join organisation o on o.id = chosen.organisation_id
),
days as materialized (
    select w.day, w.covered_since, w.number
    from params, working_day_numbers(params.first_day, make_date(params.year + 1, 12, 31)) w
),
-- the k-th working day after a day d of a stretch is the first day numbered number(d) + k
working_day as materialized (
    select covered_since, number, min(day) as day from days where covered_since is not null group by 1, 2
),
already as (
    select exists (select 1 from appeal a, params
                   where a.created_on between params.first_day and make_date(params.year, 12, 31)
                     and a.text like 'Синтетическое обращение%') as loaded
),
draws as materialized (
    select i, random() as place, random() as channel_draw, random() as day, random() as hour, random() as fate,
           random() as moderation, random() as answering, random() as lag, random() as reopening,
           random() as second_lag, random() as rating
    from params p cross join generate_series(1, p.total) i
    where not (select loaded from already)
),
drawn as (
    select d.*, t.category_id, t.deadline_days, t.priority, t.name as topic, r.oktmo, r.organisation_id,
           r.region_code, r.has_widget,
           (p.first_day + floor(d.day * (p.last_day - p.first_day + 1))::integer
               + time '08:00' + d.hour * interval '14 hours') at time zone 'Asia/Irkutsk' as created_at
    from draws d
    cross join params p
    join topic_slot t on (d.i * 7919) % 1000 >= t.lo and (d.i * 7919) % 1000 < t.hi
    join place_slot ps on floor(d.place * 100) >= ps.lo and floor(d.place * 100) < ps.hi
    join route r on r.category_id = t.category_id and r.oktmo = ps.oktmo
),
registered as (
    select d.*,
           case when d.fate < 0.04 then null
                else d.created_at + (0.2 + d.moderation * 35) * interval '1 hour' end as registered_at,
           case when d.answering < 0.02 then null
                when d.answering < 0.87 then floor(power(d.lag, 1.5) * (d.deadline_days + 1))::integer
                else d.deadline_days + 1 + floor(d.lag * 10)::integer end as answer_lag
    from drawn d
),
located as materialized (
    -- plain columns to join on: the planner hashes them, where expressions would make it compare every pair
    select g.*, reg.covered_since, reg.number + g.deadline_days as due_number, reg.number + g.answer_lag as answer_number,
           (g.registered_at at time zone 'Asia/Irkutsk')::date as registered_day
    from registered g
    left join days reg on reg.day = (g.registered_at at time zone 'Asia/Irkutsk')::date
),
dated as (
    select l.*, due.day as due_date,
           case when l.answer_lag = 0 then l.registered_day else ans.day end as first_answer_day
    from located l
    left join working_day due on due.covered_since = l.covered_since and due.number = l.due_number
    left join working_day ans on ans.covered_since = l.covered_since and ans.number = l.answer_number
),
answered as (
    select d.*,
           case when d.first_answer_day is not null then
               greatest(d.registered_at + interval '20 minutes',
                        (d.first_answer_day + time '10:00' + d.lag * interval '8 hours') at time zone 'Asia/Irkutsk')
           end as first_answer_at
    from dated d
),
reopening as materialized (
    -- re-examination three days after the answer, with a new deadline and a second answer
    select a.*, a.first_answer_at is not null and a.first_answer_at < p.now and a.reopening < 0.03 as reopened,
           again.covered_since as reopened_stretch, again.number + a.deadline_days as reopened_due_number,
           again.number + 1 + floor(a.second_lag * a.deadline_days)::integer as second_answer_number
    from answered a cross join params p
    left join days again on again.day = a.first_answer_day + 3
),
reexamined as (
    select r.*, redue.day as reopened_due_date, (second.day + time '11:00') at time zone 'Asia/Irkutsk' as second_answer_at
    from reopening r
    left join working_day redue on redue.covered_since = r.reopened_stretch and redue.number = r.reopened_due_number
    left join working_day second on second.covered_since = r.reopened_stretch and second.number = r.second_answer_number
),
final as (
    select r.*,
           case when r.reopened then r.reopened_due_date else r.due_date end as final_due_date,
           case when r.registered_at is null or r.fate < 0.05 then null
                when r.reopened then case when r.second_answer_at < p.now then r.second_answer_at end
                when r.first_answer_at < p.now then r.first_answer_at end as answered_at,
           case when r.channel_draw < 0.45 or r.channel_draw < 0.60 and not r.has_widget then 'PORTAL'
                when r.channel_draw < 0.60 then 'WIDGET'
                when r.channel_draw < 0.85 then 'MOBILE'
                when r.channel_draw < 0.97 then 'CONTACT_CENTER'
                else 'MFC' end as channel
    from reexamined r cross join params p
),
counter as (
    insert into appeal_number_counter (region_code, year, last_value)
    select '38', p.year, (select count(*) from final) from params p
    on conflict (region_code, year) do update set last_value = appeal_number_counter.last_value + excluded.last_value
    returning last_value - (select count(*) from final) as base
)
insert into appeal (number, author_oid, entered_by_oid, applicant_name, applicant_phone, channel,
                    widget_organisation_id, category_id, organisation_id, region_code, oktmo, text, address, status,
                    priority, deadline_days, registered_at, due_date, due_at, reopened, taken_by_oid, answer_text,
                    answered_at, answered_by_oid, rating, rejection_reason, created_at, created_on, updated_at)
select '38-' || p.year || '-' || lpad((c.base + row_number() over (order by f.created_at, f.i))::text, 6, '0'),
       case when f.channel in ('CONTACT_CENTER', 'MFC') then null else (2000000000 + 1 + f.i % 20000)::text end,
       case when f.channel in ('CONTACT_CENTER', 'MFC') then '1000100020' end,
       case when f.channel in ('CONTACT_CENTER', 'MFC') then 'Заявитель ' || f.i end,
       case when f.channel in ('CONTACT_CENTER', 'MFC') then '+7999' || lpad(f.i::text, 7, '0') end,
       f.channel,
       case when f.channel = 'WIDGET' then f.organisation_id end,
       f.category_id, f.organisation_id, f.region_code, f.oktmo,
       'Синтетическое обращение № ' || f.i || ' по теме «' || f.topic || '» (данные для разработки)',
       null,
       case when f.registered_at is null then 'REJECTED'
            when f.fate < 0.05 then 'WITHDRAWN'
            when f.answered_at is not null and f.rating < 0.6 then 'CLOSED'
            when f.answered_at is not null then 'ANSWERED'
            when f.moderation < 0.2 and not f.reopened then 'REGISTERED'
            else 'IN_PROGRESS' end,
       f.priority, f.deadline_days, f.registered_at,
       case when f.registered_at is not null then f.final_due_date end,
       case when f.registered_at is not null then (f.final_due_date + 1)::timestamp at time zone 'Asia/Irkutsk' end,
       f.reopened,
       case when f.registered_at is not null and f.fate >= 0.05 and (f.moderation >= 0.2 or f.reopened)
            then '1000200000' end,
       case when f.answered_at is not null then 'Синтетический ответ (данные для разработки)' end,
       f.answered_at,
       case when f.answered_at is not null then '1000200000' end,
       case when f.answered_at is not null and f.rating < 0.6 then
           case when f.rating < 0.27 then 5 when f.rating < 0.42 then 4 when f.rating < 0.5 then 3
                when f.rating < 0.55 then 2 else 1 end end,
       case when f.registered_at is null then case when f.moderation < 0.5 then 'NO_SUBJECT' else 'SPAM' end end,
       f.created_at,
       (f.created_at at time zone 'Asia/Irkutsk')::date,
       coalesce(f.answered_at, f.registered_at, f.created_at)
from final f cross join params p cross join counter c
