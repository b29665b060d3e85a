create schema if not exists assessment;

-- A bureau's yearly scheme (考核方案); adapted_from: the scheme of a bureau above it copied.
create table assessment.scheme (
    id bigserial primary key,
    region_code varchar(12) not null,
    year int not null,
    name varchar(200) not null,
    adapted_from bigint references assessment.scheme (id),
    created_by_name varchar(100) not null,
    created_at timestamptz not null
);
create index scheme_region on assessment.scheme (region_code);

-- An indicator: computed from platform data, or scored by inspectors (max points = weight).
create table assessment.indicator (
    id bigserial primary key,
    scheme_id bigint not null references assessment.scheme (id),
    position int not null,
    name varchar(200) not null,
    kind varchar(40) not null,
    weight numeric(6, 2) not null check (weight > 0),
    target numeric(6, 2),
    unique (scheme_id, position)
);

-- An inspector's score of an item for a school and period, with its evidence photo.
create table assessment.inspection_score (
    id bigserial primary key,
    indicator_id bigint not null references assessment.indicator (id),
    school_id bigint not null,
    region_code varchar(12) not null,
    period_key varchar(12) not null,
    points numeric(6, 2) not null,
    note varchar(1000) not null default '',
    photo_id uuid,
    inspector_name varchar(100) not null,
    scored_at timestamptz not null,
    unique (indicator_id, school_id, period_key)
);
create index inspection_score_school on assessment.inspection_score (school_id, period_key);

-- Scores materialised per scheme, period and school (filled on demand), so that a ranking
-- of a province's 20,000 schools reads one indexed range instead of scoring them.
create table assessment.school_score (
    scheme_id bigint not null references assessment.scheme (id),
    period_key varchar(12) not null,
    school_id bigint not null,
    region_code varchar(12) not null,
    school_name varchar(200) not null,
    hazards int not null,
    fixed int not null,
    open_hazards int not null,
    overdue int not null,
    inspected numeric(7, 2) not null,
    inspected_items int not null,
    total numeric(7, 2) not null,
    computed_at timestamptz not null,
    primary key (scheme_id, period_key, school_id)
);
create index school_score_rank on assessment.school_score (scheme_id, period_key, region_code text_pattern_ops, total desc);

-- 约谈 and rectification orders for the lowest, tracked to done.
create table assessment.interview (
    id bigserial primary key,
    scheme_id bigint not null references assessment.scheme (id),
    period_key varchar(12) not null,
    school_id bigint not null,
    region_code varchar(12) not null,
    school_name varchar(200) not null,
    reason varchar(2000) not null,
    deadline date not null,
    status varchar(20) not null,
    reply varchar(4000) not null default '',
    comment varchar(2000) not null default '',
    opened_by_region varchar(12) not null,
    opened_by_name varchar(100) not null,
    opened_at timestamptz not null,
    replied_at timestamptz,
    closed_at timestamptz
);
create index interview_region on assessment.interview (region_code);
create index interview_school on assessment.interview (school_id);
