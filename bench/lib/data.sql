-- bench/run.sh: a region's year at volume SCALE (psql -v scale=N), set-based. Not a migration, never packaged.
-- At SCALE 1: 5 000 organisations (42 municipal administrations, a regional body, institutions under them), routing
-- of every topic to each municipality's administration, 35 000 appeals over the last year with their history in the
-- outbox and file metadata for a third of them, 20 polls with 2 000 ballots each, 50 discussions with 200 comments
-- each. Synthetic people: citizens 2000000001.., voters of the bench 3000000000.. (never in the data set).
\set ON_ERROR_STOP on
begin;
create temp table bench_param on commit drop as
select :scale::integer as scale, 42 * :scale::integer as municipalities, 5000 * :scale::integer as organisations,
       35000 * :scale::integer as appeals, 20000 * :scale::integer as citizens;

-- municipalities: OKTMO prefix 25000 + m (the city of Irkutsk is m = 701, as in the real code)
create temp table bench_muni on commit drop as
select m, case when m = 1 then '25701' else (25000 + m + case when m >= 701 then 1 else 0 end)::text end as prefix
from bench_param, generate_series(1, municipalities) m;

insert into organisation (id, kind, full_name, short_name, inn, ogrn, esia_oid, region_code, oktmo, parent_id,
                          verified, connected, widgets, phone, email, website, address)
overriding system value
select m, 'LOCAL_GOVERNMENT', 'Администрация муниципального образования № ' || m || ' (бенчмарк)',
       'Администрация МО № ' || m, lpad(m::text, 10, '0'), lpad(m::text, 13, '0'), 'bench-org-' || m, '38',
       prefix || '000001', null, true, true, '{REPORT_PROBLEM}', '+73952000000', 'adm' || m || '@example.org',
       'https://example.org/' || m, 'ул. Ленина, ' || m
from bench_muni;
insert into organisation (id, kind, full_name, short_name, inn, ogrn, esia_oid, region_code, oktmo, verified, connected)
overriding system value
select p.municipalities + 1, 'REGIONAL_BODY', 'Правительство области (бенчмарк)', 'Правительство области',
       lpad((p.municipalities + 1)::text, 10, '0'), lpad((p.municipalities + 1)::text, 13, '0'), 'bench-region', '38',
       '25000000', true, true
from bench_param p;
insert into organisation (id, kind, full_name, short_name, inn, ogrn, region_code, oktmo, parent_id, verified,
                          connected, phone, address)
overriding system value
select n, 'INSTITUTION',
       kind.full || ' № ' || n || ' муниципального образования № ' || mu.m,
       kind.short || ' № ' || n, lpad(n::text, 10, '0'), lpad(n::text, 13, '0'), '38', mu.prefix || '000001', mu.m,
       n % 3 = 0, n % 2 = 0, '+73952' || lpad(n::text, 6, '0'), 'ул. Карла Маркса, ' || n % 200
from bench_param p
cross join generate_series(p.municipalities + 2, p.organisations) n
join bench_muni mu on mu.m = 1 + n % p.municipalities
cross join lateral (select (array['Областная больница', 'Городская поликлиника', 'Средняя общеобразовательная школа',
                                  'Детский сад', 'Управляющая компания', 'Дом культуры', 'Центр социальной помощи',
                                  'Спортивная школа', 'Городская больница', 'Библиотека'])[1 + n % 10] as full,
                           (array['Обл. больница', 'Поликлиника', 'СОШ', 'Детский сад', 'УК', 'ДК', 'ЦСП',
                                  'Спортшкола', 'Гор. больница', 'Библиотека'])[1 + n % 10] as short) kind;
select setval(pg_get_serial_sequence('organisation', 'id'), (select max(id) from organisation));

insert into organisation_category (organisation_id, category_id)
select mu.m, c.id from bench_muni mu cross join category c where c.parent_id is null;

-- every topic in each municipality to its administration; anything else region-wide to the regional body
insert into routing_rule (category_id, oktmo_prefix, organisation_id)
select c.id, mu.prefix, mu.m from bench_muni mu cross join category c where c.parent_id is null;
insert into routing_rule (category_id, oktmo_prefix, organisation_id)
select c.id, '', p.municipalities + 1 from bench_param p cross join category c where c.parent_id is null;

-- appeals: a third to the city, the rest spread; statuses as in a running year
create temp table bench_topic on commit drop as
select row_number() over (order by id) - 1 as k, id, deadline_days, priority from category where parent_id is not null;
create temp table bench_draw on commit drop as
select i, random() as fate, random() as day, random() as lag,
       case when i % 3 = 0 then 1 else 1 + i % p.municipalities end as m,
       (select count(*) from bench_topic) as topics
from bench_param p, generate_series(1, p.appeals) i;

insert into appeal (id, number, author_oid, channel, category_id, organisation_id, region_code, oktmo, text, address,
                    status, priority, deadline_days, registered_at, due_date, due_at, taken_by_oid, answer_text,
                    answered_at, answered_by_oid, rating, rejection_reason, created_at, created_on, updated_at)
overriding system value
select d.i, 'B38-' || lpad(d.i::text, 9, '0'), (2000000001 + d.i % p.citizens)::text,
       (array['PORTAL', 'MOBILE', 'MOBILE', 'PORTAL', 'WIDGET'])[1 + d.i % 5], t.id, d.m, '38', mu.prefix || '000001',
       'Обращение ' || d.i || ': ' || (array['большая яма на проезжей части, машины объезжают по встречной',
           'не вывозят мусор с контейнерной площадки вторую неделю', 'в квартире нет отопления, в комнатах 14 градусов',
           'не могу записаться к врачу в поликлинике через портал', 'во дворе не работает освещение',
           'автобус по маршруту ходит реже, чем по расписанию', 'нужна помощь в оформлении выплаты',
           'в детском саду нет мест для ребёнка трёх лет'])[1 + d.i % 8],
       'ул. ' || (array['Ленина', 'Карла Маркса', 'Байкальская', 'Лермонтова', 'Советская'])[1 + d.i % 5] || ', ' || d.i % 150,
       s.status, t.priority, t.deadline_days,
       case when s.status not in ('SUBMITTED', 'REJECTED') then s.created_at + interval '5 hours' end,
       case when s.status not in ('SUBMITTED', 'REJECTED') then (s.created_at + t.deadline_days * interval '1.4 days')::date end,
       case when s.status not in ('SUBMITTED', 'REJECTED') then (s.created_at + t.deadline_days * interval '1.4 days')::date + time '00:00' at time zone 'Asia/Irkutsk' end,
       case when s.status in ('IN_PROGRESS', 'ANSWERED', 'CLOSED') then '1000200000' end,
       case when s.status in ('ANSWERED', 'CLOSED') then 'Ответ на обращение ' || d.i end,
       case when s.status in ('ANSWERED', 'CLOSED') then s.created_at + d.lag * t.deadline_days * interval '1 day' end,
       case when s.status in ('ANSWERED', 'CLOSED') then '1000200000' end,
       case when s.status = 'CLOSED' then 1 + d.i % 5 end,
       case when s.status = 'REJECTED' then 'NO_SUBJECT' end,
       s.created_at, (s.created_at at time zone 'Asia/Irkutsk')::date, s.created_at
from bench_draw d
cross join bench_param p
join bench_muni mu on mu.m = d.m
join bench_topic t on t.k = d.i % d.topics
cross join lateral (select now() - interval '5 days' - d.day * interval '360 days' as created_at,
                           case when d.fate < 0.04 then 'REJECTED' when d.fate < 0.05 then 'WITHDRAWN'
                                when d.fate < 0.07 then 'SUBMITTED' when d.fate < 0.20 then 'REGISTERED'
                                when d.fate < 0.35 then 'IN_PROGRESS' when d.fate < 0.70 then 'ANSWERED'
                                else 'CLOSED' end as status) s;
select setval(pg_get_serial_sequence('appeal', 'id'), (select max(id) from appeal));

-- the history: one outbox event per step, as the write kit records them (followers start past them: no partner
-- subscribes in the bench)
insert into outbox_event (type, aggregate_kind, aggregate_id, organisation_id, subject_oid, occurred_at, payload,
                          action, actor_oid, actor_role, actor_organisation_id, from_status, to_status)
select 'appeal.' || e.event, 'appeal', a.id, case when e.event <> 'submitted' then a.organisation_id end, a.author_oid,
       e.at, jsonb_build_object('id', a.id, 'number', a.number, 'status', e.to_status), e.action, e.actor, e.role,
       case when e.role = 'OFFICIAL' then a.organisation_id end, e.from_status, e.to_status
from appeal a
cross join lateral (values
    ('submitted', 'SUBMIT', a.created_at, a.author_oid, 'CITIZEN', null, 'SUBMITTED', true),
    ('registered', 'MODERATE', a.registered_at, '1000100021', 'MODERATOR', 'SUBMITTED', 'REGISTERED', a.registered_at is not null),
    ('taken', 'TAKE', a.registered_at + interval '1 hour', '1000200000', 'OFFICIAL', 'REGISTERED', 'IN_PROGRESS',
     a.status in ('IN_PROGRESS', 'ANSWERED', 'CLOSED')),
    ('answered', 'ANSWER', a.answered_at, '1000200000', 'OFFICIAL', 'IN_PROGRESS', 'ANSWERED', a.answered_at is not null),
    ('rated', 'RATE', a.answered_at + interval '1 day', a.author_oid, 'CITIZEN', 'ANSWERED', 'CLOSED', a.status = 'CLOSED'),
    ('rejected', 'MODERATE', a.created_at + interval '5 hours', '1000100021', 'MODERATOR', 'SUBMITTED', 'REJECTED', a.status = 'REJECTED'),
    ('withdrawn', 'WITHDRAW', a.created_at + interval '1 day', a.author_oid, 'CITIZEN', 'REGISTERED', 'WITHDRAWN', a.status = 'WITHDRAWN')
) e(event, action, at, actor, role, from_status, to_status, happened)
where e.happened
order by e.at;

-- files: metadata of a photo (the content is a placeholder: reads of an appeal never load it)
insert into appeal_attachment (appeal_id, part, file_name, media_type, size_bytes, sha256, content, uploaded_by_oid, created_at)
select a.id, 'APPEAL', 'photo-' || a.id || '-' || k || '.jpg', 'image/jpeg', 250000 + a.id % 100000,
       md5(a.id::text) || md5(k::text), '\x00'::bytea, a.author_oid, a.created_at
from appeal a cross join generate_series(1, 2) k
where a.id % 3 = 0 or a.author_oid = '2000000001';

-- polls of the administrations with their ballots counted (the API's counters), open for a month more
insert into poll (organisation_id, title, description, audience_kind, audience_oktmo, trusted_only, results_visibility,
                  questions, status, starts_at, ends_at, created_by_oid, created_at, updated_at, published_at)
select 1 + n % p.municipalities, 'Опрос № ' || n || ': какой сквер благоустроить', 'Бенчмарк', 'OKTMO', '{25701}', true, 'ALWAYS',
       '[{"id": 1, "kind": "SINGLE", "text": "Какой сквер благоустроить?", "required": true,
          "options": [{"id": 1, "text": "Сквер Кирова"}, {"id": 2, "text": "У драмтеатра"}, {"id": 3, "text": "Сурикова"},
                      {"id": 4, "text": "Университетский"}]},
         {"id": 2, "kind": "SCALE", "text": "Довольны ли вы скверами?", "required": false, "scaleMin": 1, "scaleMax": 5}]',
       'PUBLISHED', now() - interval '7 days', now() + interval '30 days', '1000200000', now() - interval '8 days',
       now() - interval '7 days', now() - interval '7 days'
from bench_param p, generate_series(1, 20 * p.scale) n;
insert into poll_participation (poll_id, voter_oid)
select po.id, (2000000001 + v)::text from poll po cross join generate_series(1, 2000) v;
insert into poll_tally (poll_id, question_id, choice, votes)
select po.id, c.q, c.choice, c.votes from poll po
cross join (values (0, -1, 2000), (1, -1, 2000), (1, 1, 800), (1, 2, 500), (1, 3, 400), (1, 4, 300),
                   (2, -1, 1500), (2, 1, 100), (2, 2, 200), (2, 3, 300), (2, 4, 400), (2, 5, 500)) c(q, choice, votes);

-- discussions with comments: 150 threads and 50 replies each
insert into discussion (organisation_id, title, body, audience_kind, audience_oktmo, trusted_only, moderation, status,
                        created_by_oid, created_at, updated_at)
select 1 + n % p.municipalities, 'Обсуждение № ' || n || ': проект благоустройства', 'Проект выносится на обсуждение.',
       'REGION', '{25}', false, 'POST', 'OPEN', '1000200000', now() - interval '10 days', now() - interval '10 days'
from bench_param p, generate_series(1, 50 * p.scale) n;
insert into discussion_comment (discussion_id, organisation_id, depth, author_oid, author_name, text, status, created_at,
                                published_at, likes, dislikes)
select d.id, d.organisation_id, 0, (2000000001 + k)::text, 'Житель ' || k || ' И.', 'Предложение ' || k || ' по проекту',
       'VISIBLE', d.created_at + k * interval '1 minute', d.created_at + k * interval '1 minute', k % 7, k % 3
from discussion d cross join generate_series(1, 150) k;
insert into discussion_comment (discussion_id, organisation_id, parent_id, reply_to_id, root_id, depth, author_oid,
                                author_name, text, status, created_at, published_at)
select r.discussion_id, r.organisation_id, r.id, r.id, r.id, 1, (2000005001 + r.id % 1000)::text, 'Житель О.',
       'Поддерживаю', 'VISIBLE', r.created_at + interval '1 hour', r.created_at + interval '1 hour'
from discussion_comment r where r.depth = 0 and r.id % 3 = 0;
commit;
vacuum analyze;
