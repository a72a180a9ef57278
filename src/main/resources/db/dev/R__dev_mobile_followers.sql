-- Dev sample data: the sample supporters (R__dev_mobile.sql, which runs before this file) follow the appeals they
-- support, as a support through the API would make them. Idempotent: an existing follower is left as it is.
insert into event_follower (aggregate_kind, aggregate_id, person_oid, since)
select 'appeal', appeal_id, supporter_oid, created_at from appeal_supporter
on conflict (aggregate_kind, aggregate_id, person_oid) do nothing;
