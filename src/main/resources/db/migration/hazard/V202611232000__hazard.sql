-- hazard: the ledger (台账) of hazards with their lifecycle, 五落实 plans, supervision and escalation.
create schema if not exists hazard;

create table hazard.hazard (
    id                  bigserial     primary key,
    school_id           bigint        not null,
    region_code         varchar(9)    not null,
    title               varchar(100)  not null,
    description         varchar(1000) not null default '',
    location            varchar(100)  not null default '',
    category            varchar(20)   not null,
    source              varchar(20)   not null,
    inspection_task_id  bigint,
    checklist_item_id   bigint,
    suggested_grade     varchar(10),
    grade               varchar(10)   check (grade in ('GENERAL', 'MAJOR')),
    status              varchar(25)   not null,
    found_by            bigint        not null,
    found_by_name       varchar(50)   not null,
    found_at            timestamptz   not null,
    deadline            date,
    rectified_by        bigint,
    rectified_at        timestamptz,
    closed_at           timestamptz,
    rejections          integer       not null default 0,
    escalation_level    varchar(10)   not null default 'SCHOOL',
    escalated_at        timestamptz,
    supervised_by_level varchar(10),
    version             integer       not null default 0
);
create index hazard_scope_idx on hazard.hazard (region_code text_pattern_ops, status);
create index hazard_school_idx on hazard.hazard (school_id, status);
create index hazard_open_deadline_idx on hazard.hazard (deadline) where status not in ('VERIFIED', 'CLOSED');

-- 五落实: responsibility, measures, funds, deadline, contingency plan.
create table hazard.plan (
    hazard_id          bigint        primary key references hazard.hazard (id) on delete cascade,
    responsible_person varchar(50)   not null,
    measures           varchar(1000) not null,
    funds_yuan         numeric(12, 2) not null check (funds_yuan >= 0),
    deadline           date          not null,
    contingency_plan   varchar(1000) not null,
    filed_by           bigint        not null,
    filed_at           timestamptz   not null
);

create table hazard.transition (
    id          bigserial    primary key,
    hazard_id   bigint       not null references hazard.hazard (id) on delete cascade,
    from_status varchar(25),
    to_status   varchar(25)  not null,
    by_account  bigint,
    by_name     varchar(64)  not null,
    at          timestamptz  not null,
    note        varchar(500) not null default ''
);
create index transition_hazard_idx on hazard.transition (hazard_id, at);

-- 挂牌督办 by a bureau, with the 限期整改通知 and acceptance within N days of the deadline.
create table hazard.supervision (
    hazard_id       bigint       primary key references hazard.hazard (id) on delete cascade,
    bureau_level    varchar(10)  not null,
    bureau_region   varchar(9)   not null,
    notice_no       varchar(40)  not null,
    deadline        date         not null,
    acceptance_due  date         not null,
    listed_by       bigint       not null,
    listed_by_name  varchar(64)  not null,
    listed_at       timestamptz  not null,
    accepted_at     timestamptz,
    summoned_at     timestamptz,
    summon_note     varchar(500) not null default ''
);
