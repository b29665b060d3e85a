-- education: safety lessons with their quizzes, and every quiz attempt (idempotent by submission id).
create schema if not exists education;

create table education.lesson (
    id          bigserial    primary key,
    code        varchar(30)  not null unique,
    title       varchar(100) not null,
    grade_band  varchar(10)  not null check (grade_band in ('PRIMARY', 'SECONDARY', 'ALL')),
    minutes     integer      not null,
    content     jsonb        not null,
    loaded_at   timestamptz  not null default now()
);

create table education.question (
    id          bigserial    primary key,
    lesson_id   bigint       not null references education.lesson (id) on delete cascade,
    position    integer      not null,
    type        varchar(12)  not null check (type in ('SINGLE', 'MULTIPLE', 'TRUE_FALSE')),
    text        varchar(500) not null,
    options     text[]       not null,
    answer      integer[]    not null,
    explanation varchar(500) not null default '',
    unique (lesson_id, position)
);

create table education.attempt (
    submission_id uuid         primary key,
    lesson_id     bigint       not null references education.lesson (id),
    account_id    bigint       not null,
    region_code   varchar(9),
    school_id     bigint,
    correct       integer      not null,
    total         integer      not null,
    score         integer      not null,
    passed        boolean      not null,
    answers       jsonb        not null,
    submitted_at  timestamptz  not null default now()
);
create index attempt_account_idx on education.attempt (account_id, lesson_id, submitted_at desc);
