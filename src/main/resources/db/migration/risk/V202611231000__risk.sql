-- risk: the standard library of risk-point templates, each school's risk points with their
-- latest assessment (LEC or LS), and the campus plan of the four-colour map.
create schema if not exists risk;

create table risk.category (
    code varchar(20) primary key,
    name varchar(30) not null,
    seq  integer     not null
);

-- region_code null: the national standard library; otherwise added by a bureau and seen by
-- the schools under that region code.
create table risk.template (
    id                 bigserial     primary key,
    category_code      varchar(20)   not null references risk.category (code),
    name               varchar(100)  not null,
    hazard_factors     varchar(2000) not null,
    accident_types     varchar(500)  not null,
    control_measures   varchar(2000) not null,
    emergency_measures varchar(2000) not null,
    region_code        varchar(9),
    created_by         varchar(64)   not null default '',
    created_at         timestamptz   not null default now()
);
create index template_region_idx on risk.template (region_code text_pattern_ops);

create table risk.point (
    id                     bigserial     primary key,
    school_id              bigint        not null,
    region_code            varchar(9)    not null,
    number                 varchar(20)   not null,
    template_id            bigint        references risk.template (id),
    category_code          varchar(20)   not null references risk.category (code),
    name                   varchar(100)  not null,
    location               varchar(100)  not null default '',
    hazard_factors         varchar(2000) not null,
    accident_types         varchar(500)  not null,
    control_measures       varchar(2000) not null,
    emergency_measures     varchar(2000) not null,
    responsible_person     varchar(50)   not null default '',
    supervising_department varchar(50)   not null default '',
    report_phone           varchar(30)   not null default '',
    method                 varchar(3)    check (method in ('LEC', 'LS')),
    l                      numeric(4, 1),
    e                      numeric(4, 1),
    c                      numeric(4, 1),
    s                      numeric(4, 1),
    score                  numeric(8, 2),
    level                  varchar(10)   check (level in ('MAJOR', 'LARGER', 'GENERAL', 'LOW')),
    assessed_by            varchar(64),
    assessed_at            timestamptz,
    review_due             date,
    map_x                  numeric(5, 2) check (map_x between 0 and 100),
    map_y                  numeric(5, 2) check (map_y between 0 and 100),
    created_at             timestamptz   not null default now(),
    updated_at             timestamptz   not null default now(),
    unique (school_id, number)
);
create index point_school_idx on risk.point (school_id);
create index point_region_level_idx on risk.point (region_code text_pattern_ops, level);

create table risk.campus_map (
    school_id    bigint      primary key,
    region_code  varchar(9)  not null,
    content_type varchar(20) not null,
    image        bytea       not null,
    width        integer     not null,
    height       integer     not null,
    uploaded_by  varchar(64) not null,
    uploaded_at  timestamptz not null default now()
);
