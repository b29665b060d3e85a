-- Four-level networking, continued (ADR 0069): education campaigns (专题教育活动) down, their completion up as
-- counts per school.

-- A campaign of the installation above (its id there) and the local campaign it became here; its counts go up
-- until a week after its last day.
create table exchange.received_campaign (
    peer_id     bigint      not null references exchange.peer (id) on delete cascade,
    remote_id   bigint      not null,
    local_id    bigint      not null unique,
    ends_on     date        not null,
    received_at timestamptz not null default now(),
    primary key (peer_id, remote_id)
);

-- A campaign of this installation sent to a peer below: only for these are its counts taken.
create table exchange.relayed_campaign (
    peer_id     bigint      not null references exchange.peer (id) on delete cascade,
    campaign_id bigint      not null,
    sent_at     timestamptz not null default now(),
    primary key (peer_id, campaign_id)
);

-- The counts of one school below for a campaign sent there, as last counted there: classes and students
-- targeted, studied, took the quiz, passed, completed, parents — numbers only, never a student. School ids are
-- unique per installation only, so the installation that keeps the school ('' for the peer itself; a county's
-- forwarded by its city) is part of the key. counted_at is the time of the count at that installation: an
-- older count never replaces a newer one.
create table exchange.mirrored_campaign_count (
    peer_id          bigint       not null references exchange.peer (id) on delete cascade,
    campaign_id      bigint       not null,
    installation     varchar(40)  not null default '',
    school_id        bigint       not null,
    source           varchar(60)  not null,
    school_name      varchar(100) not null,
    region_code      varchar(9)   not null,
    region_names     jsonb        not null default '{}',
    classes          integer      not null,
    classes_assigned integer      not null,
    targeted         integer      not null,
    participated     integer      not null,
    completed        integer      not null,
    took             integer      not null,
    passed           integer      not null,
    parent_done      integer      not null,
    parent_asked     integer      not null,
    counted_at       timestamptz  not null,
    primary key (peer_id, campaign_id, installation, school_id)
);
create index mirrored_campaign_count_campaign_idx
    on exchange.mirrored_campaign_count (campaign_id, region_code text_pattern_ops);

-- What was last sent up of a school's counts for a campaign received from that peer (its digest): a count is
-- sent again only when it changed.
create table exchange.campaign_count_sent (
    peer_id      bigint      not null references exchange.peer (id) on delete cascade,
    campaign_id  bigint      not null,
    installation varchar(40) not null default '',
    school_id    bigint      not null,
    digest       varchar(32) not null,
    primary key (peer_id, campaign_id, installation, school_id)
);
