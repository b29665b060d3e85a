-- emergency: the schools' emergency plans (应急预案) with every saved version, their filing to the bureau (报备),
-- and the drills (应急演练) with problems found, photos and the reminders sent for missing drills.
create schema if not exists emergency;

-- One plan of a school's plan set per kind (the general plan and the special plans).
create table emergency.plan (
    id               bigserial     primary key,
    school_id        bigint        not null,
    region_code      varchar(9)    not null,
    kind             varchar(20)   not null,
    title            varchar(100)  not null,
    status           varchar(10)   not null check (status in ('DRAFT', 'FILED', 'ACCEPTED', 'RETURNED')),
    current_version  integer       not null,
    reviewed_on      date          not null,
    filed_version    integer,
    filed_at         timestamptz,
    decided_at       timestamptz,
    decided_by_name  varchar(64),
    bureau_comment   varchar(1000) not null default '',
    version          integer       not null default 0,
    unique (school_id, kind)
);
create index plan_scope_idx on emergency.plan (region_code text_pattern_ops, status);

-- Every saved version of a plan: its procedures, organisation, contacts and evacuation routes.
create table emergency.plan_version (
    plan_id     bigint        not null references emergency.plan (id) on delete cascade,
    version     integer       not null,
    procedures  varchar(8000) not null,
    note        varchar(200)  not null default '',
    saved_by    bigint        not null,
    saved_name  varchar(64)   not null,
    saved_at    timestamptz   not null,
    primary key (plan_id, version)
);

-- 应急组织: a role of the plan's organisation held by a staff member of the school.
create table emergency.plan_member (
    plan_id    bigint        not null,
    version    integer       not null,
    seq        integer       not null,
    role_name  varchar(30)   not null,
    staff_id   bigint,
    staff_name varchar(50)   not null default '',
    duties     varchar(300)  not null default '',
    primary key (plan_id, version, seq),
    foreign key (plan_id, version) references emergency.plan_version (plan_id, version) on delete cascade
);

create table emergency.plan_contact (
    plan_id bigint       not null,
    version integer      not null,
    seq     integer      not null,
    name    varchar(50)  not null,
    phone   varchar(20)  not null,
    primary key (plan_id, version, seq),
    foreign key (plan_id, version) references emergency.plan_version (plan_id, version) on delete cascade
);

-- An evacuation route on the campus plan: its points in percent of the plan (x,y separated by spaces).
create table emergency.plan_route (
    plan_id bigint        not null,
    version integer       not null,
    seq     integer       not null,
    name    varchar(50)   not null,
    points  varchar(1000) not null,
    primary key (plan_id, version, seq),
    foreign key (plan_id, version) references emergency.plan_version (plan_id, version) on delete cascade
);

-- The filing history: filed, accepted, returned with comments.
create table emergency.plan_event (
    id        bigserial     primary key,
    plan_id   bigint        not null references emergency.plan (id) on delete cascade,
    action    varchar(10)   not null,
    version   integer       not null,
    comment   varchar(1000) not null default '',
    by_name   varchar(64)   not null,
    at        timestamptz   not null
);
create index plan_event_plan_idx on emergency.plan_event (plan_id, at);

-- A drill, planned (no evacuation time yet) or held.
create table emergency.drill (
    id                  bigserial     primary key,
    school_id           bigint        not null,
    region_code         varchar(9)    not null,
    held_on             date          not null,
    scenario            varchar(100)  not null,
    plan_id             bigint        references emergency.plan (id) on delete set null,
    classes             varchar(500)  not null default '',
    headcount           integer       not null check (headcount >= 0),
    storeys             integer       not null check (storeys between 1 and 60),
    evacuation_seconds  integer       check (evacuation_seconds between 1 and 86400),
    limit_seconds       integer,
    overtime            boolean       not null default false,
    summary             varchar(1000) not null default '',
    recorded_by         bigint        not null,
    recorded_by_name    varchar(64)   not null,
    recorded_at         timestamptz   not null
);
create index drill_scope_idx on emergency.drill (region_code text_pattern_ops, held_on);
create index drill_school_idx on emergency.drill (school_id, held_on);

create table emergency.drill_problem (
    id          bigserial     primary key,
    drill_id    bigint        not null references emergency.drill (id) on delete cascade,
    description varchar(300)  not null,
    hazard_id   bigint
);
create index drill_problem_drill_idx on emergency.drill_problem (drill_id);

create table emergency.drill_photo (
    drill_id    bigint      not null references emergency.drill (id) on delete cascade,
    file_id     uuid        not null,
    uploaded_by bigint      not null,
    uploaded_at timestamptz not null default now(),
    primary key (drill_id, file_id)
);

-- Reminders of a missing drill, one per school and period and kind (AUTO by the job, MANUAL by a bureau
-- at most once a day), so two app instances remind once.
create table emergency.drill_reminder (
    school_id  bigint      not null,
    period     varchar(10) not null,
    kind       varchar(10) not null,
    sent_on    date        not null,
    by_name    varchar(64) not null,
    primary key (school_id, period, kind, sent_on)
);
