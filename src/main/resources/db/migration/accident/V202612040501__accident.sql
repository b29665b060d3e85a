-- accident: safety accidents (安全事故) of schools, their report up the chain, insurance claims and handling.
create schema if not exists accident;

create table accident.accident (
    id                     bigserial     primary key,
    school_id              bigint        not null,
    region_code            varchar(9)    not null,
    school_type            varchar(20)   not null,
    occurred_at            timestamptz   not null,
    place                  varchar(100)  not null,
    kind                   varchar(20)   not null,
    severity               varchar(20)   not null,
    description            varchar(2000) not null default '',
    first_measures         varchar(1000) not null,
    guardians_informed_at  timestamptz,
    police_involved        boolean       not null default false,
    medical_involved       boolean       not null default false,
    reported_by            bigint        not null,
    reported_by_name       varchar(50)   not null,
    reported_at            timestamptz   not null,
    responsibility         varchar(20),
    responsibility_basis   varchar(1000),
    disruption             boolean       not null default false,
    disruption_note        varchar(1000),
    opinion_case_id        bigint,
    closing_report         varchar(2000),
    closed_at              timestamptz,
    version                integer       not null default 0
);
create index accident_scope_idx on accident.accident (region_code text_pattern_ops, occurred_at);
create index accident_school_idx on accident.accident (school_id, occurred_at);

-- The people hurt: students anonymised outside the school (surname + 某, grade), linked to the roll inside it.
create table accident.victim (
    id          bigserial    primary key,
    accident_id bigint       not null references accident.accident (id) on delete cascade,
    person_kind varchar(10)  not null check (person_kind in ('STUDENT', 'STAFF', 'OTHER')),
    student_id  bigint,
    initials    varchar(20)  not null,
    grade_name  varchar(30)  not null default '',
    age         integer      check (age between 0 and 120),
    injury      varchar(10)  not null check (injury in ('DEATH', 'SERIOUS', 'MINOR'))
);
create index victim_accident_idx on accident.victim (accident_id);

-- One hop of the report up the chain: school → county → city (→ province for serious ones).
create table accident.hop (
    accident_id  bigint       not null references accident.accident (id) on delete cascade,
    from_level   varchar(10)  not null,
    from_region  varchar(9)   not null,
    to_level     varchar(10)  not null,
    to_region    varchar(9)   not null,
    due_at       timestamptz  not null,
    sent_at      timestamptz,
    sent_by_name varchar(50),
    late_minutes integer,
    received_at  timestamptz,
    received_by_name varchar(50),
    primary key (accident_id, from_level)
);
create index hop_to_idx on accident.hop (to_region, received_at);
create index hop_from_idx on accident.hop (from_region, sent_at);

-- 校方责任险: a claim per injured person (or for the accident as a whole).
create table accident.claim (
    id            bigserial      primary key,
    accident_id   bigint         not null references accident.accident (id) on delete cascade,
    victim_id     bigint         references accident.victim (id),
    school_id     bigint         not null,
    school_year   integer        not null,
    insurer       varchar(100)   not null,
    policy_no     varchar(50)    not null,
    notified_at   timestamptz    not null,
    claim_yuan    numeric(12, 2) not null check (claim_yuan >= 0),
    paid_yuan     numeric(12, 2) check (paid_yuan >= 0),
    state         varchar(10)    not null check (state in ('REPORTED', 'ASSESSING', 'PAID', 'CLOSED'))
);
create index claim_school_year_idx on accident.claim (school_id, school_year);

-- 调解: mediation meetings with the family.
create table accident.mediation (
    id          bigserial     primary key,
    accident_id bigint        not null references accident.accident (id) on delete cascade,
    held_on     date          not null,
    parties     varchar(300)  not null,
    outcome     varchar(1000) not null,
    recorded_by_name varchar(50) not null,
    recorded_at timestamptz   not null
);
