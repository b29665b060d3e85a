-- opinion: public-opinion and emergency linkage cases (突发事件舆情联动), their linked
-- departments and tasks, public statements, people involved and the timeline.
create schema if not exists opinion;

create table opinion.opinion_case (
    id                   bigserial     primary key,
    region_code          varchar(9)    not null,
    school_id            bigint,
    unit_name            varchar(100)  not null,
    title                varchar(100)  not null,
    description          varchar(2000) not null default '',
    location             varchar(100)  not null default '',
    occurred_at          timestamptz   not null,
    severity             varchar(15)   not null check (severity in ('GENERAL', 'LARGER', 'MAJOR', 'EXTRAORDINARY')),
    source               varchar(15)   not null,
    state                varchar(10)   not null default 'OPEN' check (state in ('OPEN', 'CLOSED')),
    approver_account_id  bigint        not null,
    approver_name        varchar(50)   not null,
    opened_by            bigint        not null,
    opened_by_name       varchar(50)   not null,
    opened_at            timestamptz   not null,
    closed_at            timestamptz,
    first_release_at     timestamptz,
    press_at             timestamptz,
    release_late_told_at timestamptz,
    press_late_told_at   timestamptz,
    related_kind         varchar(15),
    related_id           bigint
);
create index opinion_case_scope_idx on opinion.opinion_case (region_code text_pattern_ops, state);
create index opinion_case_school_idx on opinion.opinion_case (school_id);

-- The schools a case concerns (within the opener's scope).
create table opinion.case_school (
    case_id     bigint       not null references opinion.opinion_case (id) on delete cascade,
    school_id   bigint       not null,
    region_code varchar(9)   not null,
    school_name varchar(100) not null,
    primary key (case_id, school_id)
);
create index opinion_case_school_school_idx on opinion.case_school (school_id);

-- People involved: an anonymised label always ("学生王某（初二）"); a full name only when the
-- opener chose to record it, shown to the opener's unit alone.
create table opinion.person (
    id        bigserial    primary key,
    case_id   bigint       not null references opinion.opinion_case (id) on delete cascade,
    label     varchar(50)  not null,
    minor     boolean      not null,
    full_name varchar(50)
);
create index opinion_person_case_idx on opinion.person (case_id);

create table opinion.department (
    id      bigserial   primary key,
    case_id bigint      not null references opinion.opinion_case (id) on delete cascade,
    kind    varchar(15) not null,
    name    varchar(50) not null,
    unique (case_id, kind, name)
);

create table opinion.task (
    id                bigserial    primary key,
    case_id           bigint       not null references opinion.opinion_case (id) on delete cascade,
    department_id     bigint       not null references opinion.department (id) on delete cascade,
    title             varchar(100) not null,
    owner_account_id  bigint       not null,
    owner_name        varchar(50)  not null,
    deadline          timestamptz  not null,
    state             varchar(10)  not null default 'TODO' check (state in ('TODO', 'DOING', 'DONE')),
    note              varchar(1000) not null default '',
    assigned_at       timestamptz  not null,
    answered_at       timestamptz,
    chased_at         timestamptz,
    escalated_at      timestamptz
);
create index opinion_task_owner_idx on opinion.task (owner_account_id, state);
create index opinion_task_case_idx on opinion.task (case_id);
create index opinion_task_open_deadline_idx on opinion.task (deadline) where state <> 'DONE';

-- 通报/回应: drafted by the case team, approved by the case's named approver (never the
-- drafter), then published.
create table opinion.statement (
    id             bigserial     primary key,
    case_id        bigint        not null references opinion.opinion_case (id) on delete cascade,
    kind           varchar(20)   not null,
    title          varchar(100)  not null,
    body           varchar(4000) not null,
    state          varchar(10)   not null check (state in ('DRAFT', 'APPROVED', 'RETURNED', 'PUBLISHED')),
    drafted_by     bigint        not null,
    drafted_by_name varchar(50)  not null,
    drafted_at     timestamptz   not null,
    approved_by    bigint,
    approved_at    timestamptz,
    published_at   timestamptz,
    return_note    varchar(500)  not null default ''
);
create index opinion_statement_case_idx on opinion.statement (case_id);

-- The timeline: every step, with who and when; the text is a message key and its args.
create table opinion.timeline (
    id        bigserial    primary key,
    case_id   bigint       not null references opinion.opinion_case (id) on delete cascade,
    at        timestamptz  not null,
    actor     varchar(50)  not null default '',
    entry_key varchar(60)  not null,
    args      text[]       not null default '{}'
);
create index opinion_timeline_case_idx on opinion.timeline (case_id, at, id);
