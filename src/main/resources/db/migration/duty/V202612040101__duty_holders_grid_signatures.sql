-- duty: who holds which posts (实名制), the adaptations regions and schools make to the catalogue,
-- the signatures of the lists, and the school's grid (网格化). Staff ids, school ids and risk-zone ids
-- are plain numbers here: the rows of people, org and risk are read through those modules' APIs.

-- A region (by its code prefix) or a school adds an item to a post's duties or a procedure's steps,
-- replaces the text of an inherited item, or hides it. Items are keyed: 'N<seq>' for the national
-- catalogue's, 'A<id>' for an added one.
create table duty.adaptation (
    id            bigserial primary key,
    region_prefix varchar(12)  not null,
    school_id     bigint,
    target_kind   varchar(10)  not null check (target_kind in ('POST', 'PROCEDURE')),
    target_code   varchar(40)  not null,
    action        varchar(10)  not null check (action in ('ADD', 'REPLACE', 'HIDE')),
    item_key      varchar(24),
    text          varchar(300),
    made_by       bigint       not null,
    made_at       timestamptz  not null,
    check ((action = 'ADD' and item_key is null and text is not null)
        or (action = 'REPLACE' and item_key is not null and text is not null)
        or (action = 'HIDE' and item_key is not null))
);
create index adaptation_target_idx on duty.adaptation (target_kind, target_code);

-- A staff member of a school holding duty posts. version: the fingerprint of their list's content
-- now; signed_*: the list they last signed.
create table duty.holder (
    staff_id       bigint primary key,
    school_id      bigint       not null,
    region_code    varchar(12)  not null,
    name           varchar(60)  not null,
    hr_post        varchar(30),
    posts_edited   boolean      not null default false,
    version        varchar(16)  not null default '',
    signed_version varchar(16),
    signed_at      timestamptz
);
create index holder_school_idx on duty.holder (school_id);
create index holder_region_idx on duty.holder (region_code varchar_pattern_ops);

create table duty.holder_post (
    staff_id  bigint      not null references duty.holder (staff_id) on delete cascade,
    post_code varchar(40) not null references duty.post (code),
    primary key (staff_id, post_code)
);

-- Every signature is kept (the history of a person's signed lists); the holder row points at the last.
create table duty.signature (
    id          bigserial primary key,
    staff_id    bigint       not null references duty.holder (staff_id) on delete cascade,
    school_id   bigint       not null,
    version     varchar(16)  not null,
    signed_at   timestamptz  not null,
    png         bytea        not null,
    width       integer      not null,
    height      integer      not null,
    posts       varchar(400) not null
);
create index signature_staff_idx on duty.signature (staff_id, signed_at desc);

-- 网格化: a building / floor / area of a school with its responsible person and a deputy, placed on
-- the campus plan at x, y percent.
create table duty.grid_area (
    id          bigserial primary key,
    school_id   bigint       not null,
    region_code varchar(12)  not null,
    building    varchar(40)  not null,
    floor       varchar(20)  not null default '',
    area        varchar(60)  not null,
    responsible bigint       not null references duty.holder (staff_id),
    deputy      bigint       references duty.holder (staff_id),
    map_x       numeric(5, 2),
    map_y       numeric(5, 2),
    check (responsible is distinct from deputy)
);
create index grid_area_school_idx on duty.grid_area (school_id);
