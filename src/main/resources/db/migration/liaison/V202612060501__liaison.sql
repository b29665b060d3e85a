-- Police-school liaison (警校联动, ADR 0041): the 法治副校长 of each school with the duties
-- done, and the clues a school or bureau forwards to the police of its county with the
-- minimum personal data (students only as grade, initials and part; never a name),
-- acknowledged and answered by the police, with the thread between the two.
create schema if not exists liaison;

create table liaison.deputy (
    id            bigserial primary key,
    school_id     bigint       not null,
    region_code   varchar(9)   not null,
    school_name   varchar(100) not null,
    name          varchar(50)  not null,
    police_unit   varchar(100) not null,
    phone         varchar(30)  not null,
    starts_on     date         not null,
    ends_on       date         not null,
    created_by    bigint       not null,
    created_at    timestamptz  not null
);
create index deputy_school_idx on liaison.deputy (school_id, ends_on desc);
create index deputy_region_idx on liaison.deputy (region_code text_pattern_ops, ends_on);

create table liaison.duty (
    id          bigserial primary key,
    deputy_id   bigint       not null references liaison.deputy (id) on delete cascade,
    done_on     date         not null,
    kind        varchar(20)  not null,
    what        varchar(300) not null,
    by_name     varchar(50)  not null,
    created_at  timestamptz  not null
);
create index duty_deputy_idx on liaison.duty (deputy_id, done_on desc);

create table liaison.clue (
    id              bigserial primary key,
    region_code     varchar(9)   not null,
    -- null when a bureau forwards a clue of no one school
    school_id       bigint,
    unit_name       varchar(100) not null,
    category        varchar(30)  not null,
    happened_at     timestamptz  not null,
    place           varchar(200) not null,
    what            varchar(2000) not null,
    -- students as [{"grade": "...", "initials": "ZW", "part": "VICTIM"}]: never a name
    students        jsonb        not null default '[]',
    adults          varchar(500) not null default '',
    related_case    varchar(60)  not null default '',
    state           varchar(20)  not null,
    forwarded_by    bigint       not null,
    forwarded_name  varchar(50)  not null,
    forwarded_at    timestamptz  not null,
    acknowledge_due timestamptz  not null,
    acknowledged_at timestamptz,
    acknowledged_by varchar(50),
    outcome         varchar(20),
    outcome_note    varchar(500),
    closed_at       timestamptz
);
create index clue_region_idx on liaison.clue (region_code text_pattern_ops, forwarded_at desc);
create index clue_school_idx on liaison.clue (school_id, forwarded_at desc) where school_id is not null;
create index clue_unacknowledged_idx on liaison.clue (region_code text_pattern_ops, acknowledge_due)
    where acknowledged_at is null;

create table liaison.clue_event (
    id        bigserial primary key,
    clue_id   bigint       not null references liaison.clue (id) on delete cascade,
    at        timestamptz  not null,
    kind      varchar(20)  not null,
    side      varchar(10)  not null,
    by_name   varchar(50)  not null,
    text      varchar(1000) not null default ''
);
create index clue_event_idx on liaison.clue_event (clue_id, at);
