-- inspection: the checklist library, inspection plans (检查计划), the tasks they generate per period and
-- the signed results (谁排查谁签字).
create schema if not exists inspection;

-- region_code '' is the national library; a bureau's items carry its region prefix and are seen below it.
create table inspection.checklist_item (
    id              bigserial    primary key,
    category        varchar(20)  not null,
    code            varchar(20)  not null,
    text            varchar(100) not null,
    basis           varchar(200) not null,
    suggested_grade varchar(10)  not null check (suggested_grade in ('GENERAL', 'MAJOR')),
    region_code     varchar(9)   not null default '',
    created_by_name varchar(64)  not null,
    created_at      timestamptz  not null default now()
);
create index checklist_item_region_idx on inspection.checklist_item (region_code, category);

-- A school's own plan has owner_school_id; a bureau's plan has the bureau's region prefix and its schools.
create table inspection.plan (
    id                 bigserial    primary key,
    name               varchar(100) not null,
    cadence            varchar(10)  not null,
    owner_school_id    bigint,
    region_code        varchar(9)   not null,
    spot_check         boolean      not null default false,
    inspector_role     varchar(30),
    inspector_username varchar(64),
    inspector_name     varchar(64),
    created_by         bigint       not null,
    created_by_name    varchar(64)  not null,
    created_at         timestamptz  not null,
    check (inspector_role is not null or inspector_username is not null)
);
create index plan_region_idx on inspection.plan (region_code text_pattern_ops);

create table inspection.plan_item (
    plan_id  bigint  not null references inspection.plan (id) on delete cascade,
    item_id  bigint  not null references inspection.checklist_item (id),
    position integer not null,
    primary key (plan_id, item_id)
);

create table inspection.plan_school (
    plan_id     bigint     not null references inspection.plan (id) on delete cascade,
    school_id   bigint     not null,
    region_code varchar(9) not null,
    primary key (plan_id, school_id)
);
create index plan_school_school_idx on inspection.plan_school (school_id);

-- One task per plan, school and period: the unique key makes generation idempotent across instances.
create table inspection.task (
    id               bigserial    primary key,
    plan_id          bigint       not null references inspection.plan (id),
    school_id        bigint       not null,
    region_code      varchar(9)   not null,
    period_key       varchar(20)  not null,
    period_start     date         not null,
    due_date         date         not null,
    status           varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'SUBMITTED')),
    signed_by        bigint,
    signed_username  varchar(64),
    signed_name      varchar(64),
    signed_at        timestamptz,
    created_at       timestamptz  not null default now(),
    unique (plan_id, school_id, period_key)
);
create index task_school_idx on inspection.task (school_id, status, due_date);
create index task_region_idx on inspection.task (region_code text_pattern_ops, status);

-- The items as they were when the task was generated, so later library edits do not change a signed record.
create table inspection.task_item (
    task_id         bigint       not null references inspection.task (id) on delete cascade,
    item_id         bigint       not null references inspection.checklist_item (id),
    position        integer      not null,
    result          varchar(15)  check (result in ('PASS', 'FAIL', 'NOT_APPLICABLE')),
    note            varchar(500) not null default '',
    location        varchar(100) not null default '',
    hazard_id       bigint,
    primary key (task_id, item_id)
);
