-- notice: 通知公告 sent down by a bureau to its schools and lower bureaus, or by a school to its staff,
-- students and parents, with attachments and read receipts (ADR 0034).
create schema if not exists notice;

create table notice.notice (
    id               bigserial     primary key,
    sender_prefix    varchar(9)    not null,  -- the bureau's region prefix, or the school's region code
    sender_school_id bigint,                  -- null for a bureau's notice
    sender_name      varchar(100)  not null,
    category         varchar(12)   not null check (category in ('NOTICE', 'ANNOUNCEMENT', 'CIRCULAR', 'REMINDER')),
    title            varchar(100)  not null,
    body             varchar(5000) not null,
    roles            varchar(200)  not null,  -- the staff roles addressed, as ',PRINCIPAL,TEACHER,'
    to_students      boolean       not null default false,
    to_parents       boolean       not null default false,
    receipt_required boolean       not null default false,
    read_by          timestamptz,
    status           varchar(10)   not null check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    created_by       bigint        not null,
    created_by_name  varchar(64)   not null,
    created_at       timestamptz   not null,
    published_at     timestamptz,
    withdrawn_at     timestamptz,
    reminded_at      timestamptz,
    auto_reminded_at timestamptz,
    unit_count       integer       not null default 0,
    read_unit_count  integer       not null default 0,
    reader_count     integer       not null default 0
);
create index notice_sender_idx on notice.notice (sender_prefix text_pattern_ops, created_at desc);
create index notice_school_idx on notice.notice (sender_school_id, created_at desc) where sender_school_id is not null;
create index notice_due_idx on notice.notice (read_by) where status = 'PUBLISHED' and auto_reminded_at is null;

-- One row per addressed unit, written in one statement: a school ('S:<id>') or a lower bureau ('R:<code>')
-- of a bureau's notice; a school's staff ('T:<id>') or a class ('C:<id>') of a school's notice. A unit counts
-- as read at its first reader; readers counts every person once; addressed is known for classes only.
create table notice.unit (
    notice_id   bigint       not null references notice.notice (id) on delete cascade,
    unit_key    varchar(24)  not null,
    school_id   bigint,
    class_id    bigint,
    region_code varchar(9)   not null,
    name        varchar(100) not null,
    addressed   integer      not null default 0,
    readers     integer      not null default 0,
    read_at     timestamptz,
    read_by     varchar(64),
    reminded_at timestamptz,
    primary key (notice_id, unit_key)
);
create index unit_region_idx on notice.unit (notice_id, region_code text_pattern_ops);
create index unit_key_idx on notice.unit (unit_key, notice_id);

-- Counters per region prefix of every level a bureau's notice reaches: the receipt page reads these.
create table notice.tally (
    notice_id     bigint     not null references notice.notice (id) on delete cascade,
    prefix        varchar(9) not null,
    parent_prefix varchar(9) not null,
    units         integer    not null,
    read_units    integer    not null default 0,
    primary key (notice_id, prefix)
);
create index tally_parent_idx on notice.tally (notice_id, parent_prefix);

-- A reader's first opening of a notice: the primary key makes it count once.
create table notice.receipt (
    notice_id  bigint      not null references notice.notice (id) on delete cascade,
    account_id bigint      not null,
    unit_key   varchar(24) not null,
    person_id  bigint,
    role       varchar(30) not null,
    name       varchar(64) not null,
    read_at    timestamptz not null,
    primary key (notice_id, account_id)
);
create index receipt_unit_idx on notice.receipt (notice_id, unit_key);

create table notice.attachment (
    notice_id    bigint       not null references notice.notice (id) on delete cascade,
    file_id      uuid         not null primary key,
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes   integer      not null
);
create index attachment_notice_idx on notice.attachment (notice_id);
