-- DEV-ONLY SAMPLE DATA: two polls of Администрация г. Иркутска (ESIA org oid 1000038001, see R__dev_irkutsk.sql).
--
-- * Loaded in the dev and test profiles only, never packaged (application.properties lists this file).
-- * Idempotent: a poll is found by its organisation and title, every insert skips what exists. Times are relative to
--   the moment the file runs (the dev database lives as long as the dev JVM), so the open poll is open.
-- * The closed poll has 7 ballots stored as the real ones are (V6__polls.sql): participation rows of invented oids
--   (2000000001..7, nobody's), counters, and two sealed free-text answers; nothing joins them. Its results show the
--   largest remainder method (3/2/2 of 7 is 42.8 + 28.6 + 28.6 = 100.0, not 42.9 + 28.6 + 28.6) and the median of an
--   even count (6 answers on the scale: 3.5).

-- Open: trusted accounts registered in Irkutsk city (OKTMO 25701...), results to those who voted.
insert into poll (organisation_id, title, description, audience_kind, audience_oktmo, trusted_only, results_visibility,
                  questions, status, starts_at, ends_at, created_by_oid, created_at, updated_at, published_at)
select o.id, 'Какой сквер благоустроить в 2027 году?',
       'По программе «Формирование комфортной городской среды» в 2027 году город благоустроит один сквер. '
           || 'Выберите, какой, и расскажите, что в нём нужнее всего.',
       'OKTMO', '{25701}', true, 'AFTER_VOTE',
       '[{"id": 1, "kind": "SINGLE", "text": "Какой сквер благоустроить в 2027 году?", "required": true,
          "options": [{"id": 1, "text": "Сквер имени Кирова"}, {"id": 2, "text": "Сквер у драмтеатра имени Охлопкова"},
                      {"id": 3, "text": "Сквер на улице Сурикова"}, {"id": 4, "text": "Сквер в микрорайоне Университетский"}]},
         {"id": 2, "kind": "MULTIPLE", "text": "Что в сквере нужнее всего?", "required": false,
          "options": [{"id": 1, "text": "Освещение"}, {"id": 2, "text": "Скамейки"}, {"id": 3, "text": "Детская площадка"},
                      {"id": 4, "text": "Дорожки"}, {"id": 5, "text": "Деревья и цветники"}],
          "minChoices": 1, "maxChoices": 3},
         {"id": 3, "kind": "SCALE", "text": "Насколько вы довольны скверами города сейчас?", "required": false,
          "scaleMin": 1, "scaleMax": 5, "minLabel": "совсем не доволен", "maxLabel": "полностью доволен"},
         {"id": 4, "kind": "TEXT", "text": "Ваши предложения", "required": false, "maxLength": 1000}]',
       'PUBLISHED', now() - interval '7 days', now() + interval '60 days', '1000100010',
       now() - interval '8 days', now() - interval '7 days', now() - interval '7 days'
from organisation o
where o.esia_oid = '1000038001'
  and not exists (select 1 from poll p where p.organisation_id = o.id and p.title = 'Какой сквер благоустроить в 2027 году?');

-- Closed two weeks ago: anyone registered in Irkutsk city, results to everyone.
insert into poll (organisation_id, title, description, audience_kind, audience_oktmo, trusted_only, results_visibility,
                  questions, status, starts_at, ends_at, created_by_oid, created_at, updated_at, published_at, closed_at)
select o.id, 'Где поставить новый остановочный павильон?',
       'Город установит остановочный павильон с навесом и табло там, где он нужнее всего.',
       'OKTMO', '{25701}', false, 'ALWAYS',
       '[{"id": 1, "kind": "SINGLE", "text": "Какую остановку оборудовать первой?", "required": true,
          "options": [{"id": 1, "text": "Центральный рынок (ул. Ленина)"}, {"id": 2, "text": "ТЦ «Комсомолл» (ул. Байкальская)"},
                      {"id": 3, "text": "ИГУ (ул. Лермонтова)"}]},
         {"id": 2, "kind": "SCALE", "text": "Насколько удобно ждать транспорт на остановках сейчас?", "required": false,
          "scaleMin": 1, "scaleMax": 5, "minLabel": "очень неудобно", "maxLabel": "очень удобно"},
         {"id": 3, "kind": "TEXT", "text": "Что ещё нужно на остановках?", "required": false, "maxLength": 1000}]',
       'CLOSED', now() - interval '45 days', now() - interval '14 days', '1000100010',
       now() - interval '46 days', now() - interval '14 days', now() - interval '45 days', now() - interval '14 days'
from organisation o
where o.esia_oid = '1000038001'
  and not exists (select 1 from poll p where p.organisation_id = o.id and p.title = 'Где поставить новый остановочный павильон?');

-- The open poll's counters, at zero (created at publication).
insert into poll_tally (poll_id, question_id, choice, votes)
select p.id, c.question_id, c.choice, 0
from poll p
join organisation o on o.id = p.organisation_id and o.esia_oid = '1000038001'
cross join (values (0, -1), (1, -1), (1, 1), (1, 2), (1, 3), (1, 4),
                   (2, -1), (2, 1), (2, 2), (2, 3), (2, 4), (2, 5),
                   (3, -1), (3, 1), (3, 2), (3, 3), (3, 4), (3, 5), (4, -1)) as c(question_id, choice)
where p.title = 'Какой сквер благоустроить в 2027 году?'
on conflict do nothing;

-- The closed poll's 7 ballots: who took part, and apart from it the counts...
insert into poll_participation (poll_id, voter_oid)
select p.id, '200000000' || n
from poll p
join organisation o on o.id = p.organisation_id and o.esia_oid = '1000038001'
cross join generate_series(1, 7) as n
where p.title = 'Где поставить новый остановочный павильон?'
on conflict do nothing;

insert into poll_tally (poll_id, question_id, choice, votes)
select p.id, c.question_id, c.choice, c.votes
from poll p
join organisation o on o.id = p.organisation_id and o.esia_oid = '1000038001'
cross join (values (0, -1, 7), (1, -1, 7), (1, 1, 3), (1, 2, 2), (1, 3, 2),
                   (2, -1, 6), (2, 1, 0), (2, 2, 1), (2, 3, 2), (2, 4, 2), (2, 5, 1), (3, -1, 2)) as c(question_id, choice, votes)
where p.title = 'Где поставить новый остановочный павильон?'
on conflict do nothing;

-- ...and the two free-text answers, sealed.
insert into poll_text_answer (poll_id, question_id, answer)
select p.id, 3, a.answer
from poll p
join organisation o on o.id = p.organisation_id and o.esia_oid = '1000038001'
cross join (values ('Урны и табло с расписанием'), ('Пандус для колясок')) as a(answer)
where p.title = 'Где поставить новый остановочный павильон?'
  and not exists (select 1 from poll_text_answer t where t.poll_id = p.id);
