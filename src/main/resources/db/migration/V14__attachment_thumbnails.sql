-- Mobile lists show photos as thumbnails: a JPEG of at most 320 px made once at upload, so a list of appeals costs
-- a few KB per photo rather than the original's megabytes, and no image is decoded on a read.
-- Nullable: PDFs have none, nor images that could not be decoded (a CMYK JPEG, a truncated file) or were too large
-- to decode safely; those files are accepted all the same. Attachments uploaded before this migration stay without
-- one (the original remains available).
-- A column rather than a side table: it is written with its row and never changes; reads that list files select
-- only "thumbnail is not null", and PostgreSQL keeps large bytea values out of line (TOAST), so the row scan of
-- metadata does not read them.
alter table appeal_attachment add column thumbnail bytea;
