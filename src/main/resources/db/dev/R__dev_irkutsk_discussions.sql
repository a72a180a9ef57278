-- DEV-ONLY SAMPLE DATA: an open public discussion of a draft landscaping plan, with a few threads.
--
-- * Loaded in the dev and test profiles only, never packaged (see application.properties), like R__dev_irkutsk.sql.
-- * Named after that file on purpose: Flyway applies repeatable migrations in the order of their descriptions, and
--   this one needs its organisation. The owner is Министерство жилищно-коммунального хозяйства и энергетики
--   Иркутской области (ESIA org oid 1000038016), the regional body of the sample directory closest to a ministry of
--   housing (there is no "министерство жилищной политики" in it).
-- * Idempotent: nothing happens when the discussion exists already. It writes no outbox events: sample rows are not
--   changes anyone made. Authors are the dev personas trusted-citizen (1000100002) and other-citizen (1000100003),
--   two invented residents, and an invented ORG_ADMIN of the ministry (1000100030, see the README walk-through).
--   Names are stored in their display form only, as the API does.

do $$
declare
    ministry   bigint;
    discussion bigint;
    bench      bigint;
    lights     bigint;
    reply      bigint;
begin
    select id into ministry from organisation where esia_oid = '1000038016';
    if ministry is null or exists (select 1 from discussion d where d.organisation_id = ministry
                                   and d.title = 'Проект благоустройства сквера на улице Ленина в Иркутске') then
        return;
    end if;

    insert into discussion (organisation_id, title, body, document_title, document_url, audience_kind, audience_oktmo,
                            trusted_only, moderation, status, open_until, created_by_oid, created_at, updated_at)
    values (ministry, 'Проект благоустройства сквера на улице Ленина в Иркутске',
            E'Министерство выносит на обсуждение проект благоустройства сквера у дома 12 по улице Ленина '
            || E'(программа «Формирование комфортной городской среды»).\n\n'
            || E'Проект предусматривает:\n- замену покрытия дорожек;\n- 14 новых скамеек и 10 урн;\n'
            || E'- детскую площадку на 120 м²;\n- освещение на светодиодных опорах.\n\n'
            || E'Предложения принимаются до окончания обсуждения; итоги будут опубликованы здесь же.',
            'Эскизный проект благоустройства (PDF)', 'https://irkobl.ru/sites/gkh/skver-lenina-2026.pdf',
            'REGION', '{25}', true, 'PRE', 'OPEN', null, '1000100030', now() - interval '3 days',
            now() - interval '3 days')
    returning id into discussion;

    -- thread 1: benches, with a reply of a resident and the ministry's official reply
    insert into discussion_comment (discussion_id, organisation_id, depth, author_oid, author_name, text, status,
                                    created_at, published_at, likes)
    values (discussion, ministry, 0, '1000100002', 'Мария И.',
            'Скамеек мало для такого сквера: вечером все заняты. Предлагаю поставить ещё несколько у детской площадки.',
            'VISIBLE', now() - interval '2 days 5 hours', now() - interval '2 days 4 hours', 2)
    returning id into bench;
    insert into discussion_comment (discussion_id, organisation_id, parent_id, reply_to_id, root_id, depth, author_oid,
                                    author_name, text, status, created_at, published_at)
    values (discussion, ministry, bench, bench, bench, 1, '1000100040', 'Ольга П.',
            'Поддерживаю, и лучше со спинками — для пожилых людей.',
            'VISIBLE', now() - interval '2 days 3 hours', now() - interval '2 days 2 hours')
    returning id into reply;
    insert into discussion_comment (discussion_id, organisation_id, parent_id, reply_to_id, root_id, depth, author_oid,
                                    author_name, official, text, status, created_at, published_at)
    values (discussion, ministry, reply, reply, bench, 2, '1000100030', 'Минэнерго и ЖКХ Иркутской области', true,
            'Спасибо за предложение. В проект добавлены 6 скамеек со спинками у детской площадки.',
            'VISIBLE', now() - interval '1 day', now() - interval '1 day');
    insert into comment_reaction (comment_id, person_oid, kind, reacted_at)
    values (bench, '1000100040', 'LIKE', now() - interval '2 days'),
           (bench, '1000100003', 'LIKE', now() - interval '1 day');

    -- thread 2: lighting, a question still without an answer
    insert into discussion_comment (discussion_id, organisation_id, depth, author_oid, author_name, text, status,
                                    created_at, published_at)
    values (discussion, ministry, 0, '1000100003', 'Алексей С.',
            'Будет ли освещение вдоль дорожки к остановке? Сейчас там совсем темно.',
            'VISIBLE', now() - interval '1 day 6 hours', now() - interval '1 day 5 hours')
    returning id into lights;
    insert into discussion_comment (discussion_id, organisation_id, parent_id, reply_to_id, root_id, depth, author_oid,
                                    author_name, text, status, created_at, published_at)
    values (discussion, ministry, lights, lights, lights, 1, '1000100041', 'Николай В.',
            'Присоединяюсь к вопросу, зимой там скользко и темно.',
            'VISIBLE', now() - interval '1 day 2 hours', now() - interval '1 day 1 hour');

    -- a new comment waiting for the moderator (pre-moderated discussion)
    insert into discussion_comment (discussion_id, organisation_id, depth, author_oid, author_name, text, status,
                                    created_at)
    values (discussion, ministry, 0, '1000100041', 'Николай В.',
            'А можно сделать площадку для выгула собак в дальнем углу сквера?',
            'PENDING', now() - interval '2 hours');
end
$$;
