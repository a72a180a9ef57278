-- Mobile clients: a public map of appeals near a point, and "me too" (supporting an appeal instead of filing the
-- same problem again).

-- Sensitive topics: an appeal about a person's health or about a serviceman's family tells the neighbours who is
-- ill or whose son is at the front, even without its text. Appeals of a sensitive category, or of any category
-- below one, never appear on the public map and cannot be supported; the flag is shown in the category view.
alter table category add column sensitive boolean not null default false;
update category set sensitive = true
where code in ('healthcare', 'svo-support') or code like 'healthcare.%' or code like 'svo-support.%';

-- Supporters: one row per person and appeal (the primary key makes a second support of the same person a no-op,
-- also when two requests race). The count on the appeal is kept with the rows in the same transaction, so that the
-- map and the appeal read it without counting.
alter table appeal add column supporters integer not null default 0 check (supporters >= 0);
create table appeal_supporter (
    appeal_id     bigint      not null references appeal (id),
    supporter_oid varchar(64) not null,
    created_at    timestamptz not null,
    primary key (appeal_id, supporter_oid)
);
-- what a person supports, newest first (their feed of followed appeals)
create index appeal_supporter_oid_idx on appeal_supporter (supporter_oid, created_at desc, appeal_id desc);

-- The map: core PostgreSQL has GiST on geometric points (no PostGIS). Only appeals that may ever be shown on the
-- map are indexed: with a location, past moderation, not withdrawn. A point search is a box search on this index
-- (the circle is then checked exactly); the list of statuses is repeated literally in the queries, so that the
-- planner can prove they fall under the index's condition.
create index appeal_map_idx on appeal using gist (point(longitude, latitude))
    where latitude is not null
      and status in ('REGISTERED', 'IN_PROGRESS', 'REDIRECTED', 'ANSWERED', 'CLOSED');
