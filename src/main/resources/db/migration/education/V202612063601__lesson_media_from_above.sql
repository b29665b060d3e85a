-- Lesson media that came down with a campaign from the installation above (四级联网): the installation it came
-- from (source, as the campaign's from_above names it) and its id there, so that a resent envelope, or a second
-- campaign of the same lesson, keeps it once. Read-only here: only the bureau that added it removes it, above.
alter table education.lesson_media add column source varchar(100), add column origin_id bigint;
create unique index lesson_media_origin_idx on education.lesson_media (lesson_id, source, origin_id) where source is not null;
