-- 约谈 and rectification orders of the installations below (ADR 0077): their state as last sent, kept once under the
-- installation they were opened at (origin), the newest version winning; no reason, reply or comment (they stay below).
create table exchange.mirrored_interview (
    peer_id          bigint       not null references exchange.peer (id) on delete cascade,
    origin           varchar(40)  not null,
    origin_name      varchar(60)  not null,
    origin_region    varchar(12)  not null,
    -- the 约谈 and its school as the installation below numbers them
    interview_id     bigint       not null,
    scheme_name      varchar(200) not null,
    period_key       varchar(12)  not null,
    school_id        bigint       not null,
    school_name      varchar(200) not null,
    region_code      varchar(12)  not null,
    opened_by_region varchar(12)  not null,
    deadline         date         not null,
    status           varchar(20)  not null,
    opened_at        timestamptz  not null,
    replied_at       timestamptz,
    closed_at        timestamptz,
    version          int          not null,
    updated_at       timestamptz  not null default now(),
    primary key (origin, interview_id)
);
create index mirrored_interview_region on exchange.mirrored_interview (region_code text_pattern_ops);
create index mirrored_interview_peer on exchange.mirrored_interview (peer_id);

-- When a peer above last received every 约谈 here once (null: not yet, so a peer linked before this release
-- receives those opened before it at the next push tick).
alter table exchange.peer add column interviews_synced_at timestamptz;
