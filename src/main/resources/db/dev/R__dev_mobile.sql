-- Dev sample data for mobile apps: three potholes near ул. Ленина in Irkutsk on the map, filed by sample residents
-- (not the dev personas, so that they may support them), registered and handled by Администрация г. Иркутска; the
-- first one has two supporters. Each appeal comes with its outbox steps (submitted, registered), as a filing through
-- the API would leave them, so its history reads like any other.
-- Repeatable and idempotent: fixed numbers of 2025 far above any counter, and nothing is added twice. Loaded in dev
-- only: the placeholder is false in tests, which count appeals and events.
with sample (number, author, text, address, lat, lon, supporters) as (
    values ('38-2025-900001', 'dev-resident-1', 'Глубокая яма на проезжей части у дома 12 по ул. Ленина, пробивают колёса',
            'г. Иркутск, ул. Ленина, 12', 52.28712, 104.28095, 2),
           ('38-2025-900002', 'dev-resident-2', 'Яма на пешеходном переходе у пересечения ул. Ленина и ул. Карла Маркса',
            'г. Иркутск, ул. Ленина, 5', 52.28563, 104.28302, 0),
           ('38-2025-900003', 'dev-resident-3', 'Провал асфальта во дворе дома 20 по ул. Ленина, машины не проезжают',
            'г. Иркутск, ул. Ленина, 20', 52.28841, 104.27953, 0)),
inserted as (
    insert into appeal (number, author_oid, channel, category_id, organisation_id, region_code, oktmo, text, address,
                        latitude, longitude, status, priority, deadline_days, deadline_working_days, registered_at,
                        due_date, due_at, created_at, created_on, updated_at, supporters, version)
    select s.number, s.author, 'MOBILE', c.id, o.id, '38', '25701000001', s.text, s.address, s.lat, s.lon,
           'REGISTERED', false, 10, 10, now() - interval '2 days', current_date + 12,
           (current_date + 13)::timestamp at time zone 'Asia/Irkutsk', now() - interval '2 days',
           current_date - 2, now(), s.supporters, 1
    from sample s
    join category c on c.code = 'roads.potholes'
    join organisation o on o.esia_oid = '1000038001'
    where '${dev_sample_appeals}' = 'true'
    on conflict (number) do nothing
    returning id, number, author_oid, organisation_id, category_id, due_date, registered_at),
supporters as (
    insert into appeal_supporter (appeal_id, supporter_oid, created_at)
    select i.id, 'dev-supporter-' || n, now() - interval '1 day'
    from inserted i
    join sample s on s.number = i.number
    cross join generate_series(1, 2) n
    where n <= s.supporters
    returning appeal_id)
insert into outbox_event (type, aggregate_kind, aggregate_id, organisation_id, subject_oid, occurred_at, payload, action,
                          actor_oid, actor_role, actor_organisation_id, from_status, to_status)
select step.type, 'appeal', i.id, step.organisation_id, i.author_oid, i.registered_at + step.after,
       jsonb_build_object('appealId', i.id, 'number', i.number, 'status', step.status, 'organisationId', i.organisation_id,
                          'categoryId', i.category_id) || step.due,
       step.action, step.actor, step.role, null, step.from_status, step.status
from inserted i
cross join lateral (values
    ('appeal.submitted', 'SUBMIT', i.author_oid, 'CITIZEN', null::varchar, 'SUBMITTED', null::bigint,
     interval '-1 hour', '{}'::jsonb),
    ('appeal.registered', 'MODERATE', '1000900002', 'MODERATOR', 'SUBMITTED', 'REGISTERED', i.organisation_id,
     interval '0', jsonb_build_object('dueDate', i.due_date, 'dueDateProvisional', false)))
    step(type, action, actor, role, from_status, status, organisation_id, after, due)
order by i.id, step.after;
