-- people: staff, students, guardians, accounts, API tokens, import jobs.
-- region_code and school_id are copied onto every large table so scope filters need no join
-- across modules (and the tables can be distributed by region later).
create schema if not exists people;

create table people.staff (
    id            bigserial   primary key,
    school_id     bigint      not null,
    region_code   varchar(9)  not null,
    name          varchar(50) not null,
    gender        char(1)     not null default 'U' check (gender in ('M', 'F', 'U')),
    phone_enc     bytea,
    phone_masked  varchar(20) not null default '',
    post_code     varchar(30) not null,
    department_id bigint,
    full_time     boolean     not null default true,
    head_class_id bigint,
    employee_no   varchar(30) not null default '',
    created_at    timestamptz not null default now()
);
create index staff_school_idx on people.staff (school_id, post_code);
create index staff_region_idx on people.staff (region_code text_pattern_ops);

create table people.student (
    id             bigserial   primary key,
    school_id      bigint      not null,
    region_code    varchar(9)  not null,
    class_id       bigint      not null,
    student_no     varchar(30) not null unique,
    name           varchar(50) not null,
    gender         char(1)     not null default 'U' check (gender in ('M', 'F', 'U')),
    birth_date     date,
    id_card_enc    bytea,
    id_card_hash   varchar(64) unique,
    id_card_masked varchar(20) not null default '',
    boarder        boolean     not null default false,
    created_at     timestamptz not null default now()
);
create index student_school_idx on people.student (school_id, class_id);
create index student_region_idx on people.student (region_code text_pattern_ops);

create table people.guardian (
    id           bigserial   primary key,
    region_code  varchar(9)  not null,
    name         varchar(50) not null,
    phone_enc    bytea,
    phone_masked varchar(20) not null default ''
);

create table people.student_guardian (
    student_id  bigint      not null references people.student (id) on delete cascade,
    guardian_id bigint      not null references people.guardian (id) on delete cascade,
    relation    varchar(10) not null default '监护人',
    primary key (student_id, guardian_id)
);
create index student_guardian_guardian_idx on people.student_guardian (guardian_id);

create table people.account (
    id                   bigserial    primary key,
    username             varchar(64)  not null unique,
    password_hash        varchar(100) not null,
    display_name         varchar(50)  not null,
    role                 varchar(30)  not null,
    region_code          varchar(9),
    school_id            bigint,
    person_id            bigint,
    must_change_password boolean      not null default false,
    failed_attempts      integer      not null default 0,
    locked_until         timestamptz,
    enabled              boolean      not null default true,
    created_at           timestamptz  not null default now(),
    last_login_at        timestamptz
);
create index account_scope_idx on people.account (region_code text_pattern_ops, school_id);
create index account_person_idx on people.account (role, person_id);

create table people.api_token (
    id           bigserial   primary key,
    account_id   bigint      not null references people.account (id) on delete cascade,
    name         varchar(60) not null,
    token_hash   varchar(64) not null unique,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    last_used_at timestamptz,
    revoked      boolean     not null default false
);

create table people.import_job (
    id             uuid        primary key,
    kind           varchar(20) not null,
    school_id      bigint      not null,
    account_id     bigint      not null,
    file_name      varchar(200) not null default '',
    status         varchar(20) not null,
    phase          varchar(20) not null default 'VALIDATING',
    total_rows     integer     not null default 0,
    processed_rows integer     not null default 0,
    imported_rows  integer     not null default 0,
    problems       text        not null default '',
    created_at     timestamptz not null default now(),
    finished_at    timestamptz
);
