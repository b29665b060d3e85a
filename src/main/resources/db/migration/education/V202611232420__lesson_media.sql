-- Pictures and videos of a lesson: shipped illustrations (region null, seeded from the lesson files) and
-- videos or links a bureau adds for the schools of its region (uploaded file or an https link).
create table education.lesson_media (
    id          bigserial    primary key,
    lesson_id   bigint       not null references education.lesson (id) on delete cascade,
    kind        varchar(10)  not null check (kind in ('IMAGE', 'VIDEO', 'LINK')),
    title       varchar(100) not null,
    src         varchar(500),
    file_id     uuid,
    region_code varchar(9),
    added_by    bigint,
    added_name  varchar(50)  not null default '',
    created_at  timestamptz  not null default now(),
    check ((src is null) <> (file_id is null))
);
create index lesson_media_lesson_idx on education.lesson_media (lesson_id, id);
create unique index lesson_media_seed_idx on education.lesson_media (lesson_id, src) where region_code is null;
