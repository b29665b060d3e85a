-- org: regions are administered without SQL. A retired code keeps its row (schools and history still point at
-- it) and names its successor; renames, additions and retirements are kept with who, when and why; every move
-- of a school from one region to another is recorded with its reason.
create schema if not exists org;

alter table org.region
    add column retired_at     timestamptz,
    add column successor_code varchar(9) references org.region (code),
    add column retired_reason varchar(200);

create table org.region_history (
    id             bigserial    primary key,
    region_code    varchar(9)   not null references org.region (code),
    action         varchar(10)  not null check (action in ('ADD', 'RENAME', 'RETIRE', 'REPARENT')),
    old_value      varchar(64),
    new_value      varchar(64),
    reason         varchar(200) not null default '',
    by_account     bigint,
    by_name        varchar(100) not null default '',
    at             timestamptz  not null default now()
);
create index region_history_region_idx on org.region_history (region_code, at);

create table org.school_move (
    id          bigserial    primary key,
    school_id   bigint       not null references org.school (id) on delete cascade,
    from_region varchar(9)   not null references org.region (code),
    to_region   varchar(9)   not null references org.region (code),
    reason      varchar(200) not null,
    by_account  bigint,
    by_name     varchar(100) not null default '',
    at          timestamptz  not null default now()
);
create index school_move_school_idx on org.school_move (school_id, at);
