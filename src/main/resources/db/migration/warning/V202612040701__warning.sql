-- warning: early warnings (预警) sent down to schools, acknowledged (签收) up, chased when late;
-- notices (通知公告) with read receipts.
create schema if not exists warning;

create table warning.warning (
    id                 bigserial     primary key,
    issuer_prefix      varchar(9)    not null,
    issuer_name        varchar(64)   not null,
    target_prefix      varchar(9)    not null,
    kind               varchar(20)   not null,
    level              varchar(10)   not null check (level in ('BLUE', 'YELLOW', 'ORANGE', 'RED')),
    title              varchar(100)  not null,
    body               varchar(2000) not null,
    valid_from         timestamptz   not null,
    valid_until        timestamptz   not null,
    chase_after_min    integer       not null,
    issued_by          bigint        not null,
    issued_by_name     varchar(64)   not null,
    issued_at          timestamptz   not null,
    target_count       integer       not null default 0,
    acknowledged_count integer       not null default 0
);
create index warning_issuer_idx on warning.warning (issuer_prefix text_pattern_ops, issued_at desc);

-- The required actions (a checklist) of a warning.
create table warning.action (
    warning_id bigint       not null references warning.warning (id) on delete cascade,
    seq        integer      not null,
    text       varchar(200) not null,
    primary key (warning_id, seq)
);

-- One row per school the warning reaches: written in one statement at issue.
create table warning.target (
    warning_id      bigint       not null references warning.warning (id) on delete cascade,
    school_id       bigint       not null,
    region_code     varchar(9)   not null,
    school_name     varchar(100) not null,
    acknowledged_at timestamptz,
    acknowledged_by varchar(64),
    note            varchar(500) not null default '',
    chased_at       timestamptz,
    primary key (warning_id, school_id)
);
create index target_region_idx on warning.target (warning_id, region_code text_pattern_ops);
create index target_school_open_idx on warning.target (school_id) where acknowledged_at is null;
create index target_chase_idx on warning.target (warning_id) where acknowledged_at is null and chased_at is null;

-- What a school reports per required action.
create table warning.action_report (
    warning_id bigint       not null,
    school_id  bigint       not null,
    seq        integer      not null,
    done       boolean      not null,
    note       varchar(300) not null default '',
    primary key (warning_id, school_id, seq),
    foreign key (warning_id, school_id) references warning.target (warning_id, school_id) on delete cascade
);

-- Counters per region prefix of every level a warning reaches (province, city, county,
-- township): the progress page reads these, never the 20,000 target rows.
create table warning.tally (
    warning_id    bigint     not null references warning.warning (id) on delete cascade,
    prefix        varchar(9) not null,
    parent_prefix varchar(9) not null,
    targets       integer    not null,
    acknowledged  integer    not null default 0,
    late          integer    not null default 0,
    primary key (warning_id, prefix)
);
create index tally_parent_idx on warning.tally (warning_id, parent_prefix);
create index tally_prefix_idx on warning.tally (prefix, warning_id);
