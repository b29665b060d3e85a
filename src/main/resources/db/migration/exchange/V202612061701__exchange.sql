-- Four-level networking (ADR 0056): peers an operator configured, a persistent outbox per peer,
-- the receipts of what peers sent (keyed by peer and sequence, so a replay never duplicates) and
-- the lower installations' hazards mirrored read-only.
create schema if not exists exchange;

create table exchange.peer (
    id           bigint generated always as identity primary key,
    -- the peer's installation id: how it names itself in signed requests
    installation varchar(40)  not null unique,
    name         varchar(60)  not null,
    url          varchar(300) not null,
    region_code  varchar(12)  not null,
    direction    varchar(4)   not null check (direction in ('UP', 'DOWN')),
    secret       varchar(200) not null,
    created_at   timestamptz  not null default now(),
    last_success timestamptz,
    last_error   varchar(500),
    last_error_at timestamptz
);

-- Envelopes waiting for (or sent to) one peer; the id is the sequence the peer receives.
create table exchange.outbox (
    id           bigint generated always as identity primary key,
    peer_id      bigint       not null references exchange.peer (id) on delete cascade,
    kind         varchar(40)  not null,
    version      int          not null,
    body         jsonb        not null,
    created_at   timestamptz  not null default now(),
    sent_at      timestamptz,
    attempts     int          not null default 0,
    next_attempt timestamptz  not null default now()
);
create index outbox_pending on exchange.outbox (peer_id, id) where sent_at is null;

create table exchange.receipt (
    peer_id      bigint       not null references exchange.peer (id) on delete cascade,
    seq          bigint       not null,
    kind         varchar(40)  not null,
    version      int          not null,
    -- APPLIED, or PARKED: a kind or version this release does not know, kept for a later one
    state        varchar(8)   not null,
    body         jsonb        not null,
    received_at  timestamptz  not null default now(),
    primary key (peer_id, seq)
);

create table exchange.mirrored_hazard (
    peer_id      bigint       not null references exchange.peer (id) on delete cascade,
    hazard_id    bigint       not null,
    number       varchar(20)  not null,
    school_id    bigint       not null,
    school_name  varchar(100) not null,
    region_code  varchar(12)  not null,
    category     varchar(30)  not null,
    grade        varchar(20),
    reported_at  timestamptz  not null,
    escalation   varchar(20),
    updated_at   timestamptz  not null default now(),
    primary key (peer_id, hazard_id)
);
create index mirrored_hazard_region on exchange.mirrored_hazard (region_code);
