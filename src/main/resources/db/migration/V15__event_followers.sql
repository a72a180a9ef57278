-- Followers of an aggregate: people who are not its owner (subject_oid) but asked to hear of it - the supporters of
-- an appeal, and whoever else a feature lets follow something (a poll, a discussion). Kept by the event kit
-- (shared/events/Followers), written only inside the write that starts or stops the following, so that a feature's
-- own rows (appeal_supporter) and its followers never disagree; readers (push fan-out, offline sync) read this table
-- instead of any feature's.
-- A row is one person and one aggregate (the primary key: following twice is a no-op, also when two requests race).
-- Stopping keeps the row with its end (until): offline sync must tell a former follower that the aggregate is no
-- longer theirs (a tombstone), and must never tell that to its owner, who never followed it. Following again clears it.
create table event_follower (
    aggregate_kind varchar(32) not null,
    aggregate_id   bigint      not null,
    person_oid     varchar(64) not null,
    since          timestamptz not null,
    until          timestamptz,
    primary key (aggregate_kind, aggregate_id, person_oid)
);
-- what a person follows now: the followed branch of their sync page
create index event_follower_person_idx on event_follower (person_oid, aggregate_kind, aggregate_id) where until is null;

-- A followed aggregate's events after a sync cursor, in commit order: the sync walks this per followed aggregate and
-- stops at the page's size, instead of reading and sorting the whole history of a busy discussion.
create index outbox_event_aggregate_order_idx on outbox_event (aggregate_kind, aggregate_id, tx_id, id);

-- Every current supporter follows the appeal they support.
insert into event_follower (aggregate_kind, aggregate_id, person_oid, since)
select 'appeal', appeal_id, supporter_oid, created_at from appeal_supporter;

-- A push to a follower says "an appeal you support", not "your appeal": the fan-out records whom it queued it for.
alter table push_delivery add column followed boolean not null default false;
