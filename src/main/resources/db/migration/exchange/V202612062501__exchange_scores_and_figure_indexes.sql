-- School scores of the installations below (四级联网, ADR 0062): what was last sent to a peer
-- above, so that only a changed score is sent again, and the mirror above, keyed so that a
-- replay or a resend never duplicates.
create table exchange.school_score_sent (
    peer_id    bigint      not null references exchange.peer (id) on delete cascade,
    scheme_id  bigint      not null,
    period_key varchar(12) not null,
    school_id  bigint      not null,
    digest     varchar(32) not null,
    primary key (peer_id, scheme_id, period_key, school_id)
);

create table exchange.mirrored_school_score (
    peer_id     bigint        not null references exchange.peer (id) on delete cascade,
    -- the scheme, period and school as the installation below numbers them
    scheme_id   bigint        not null,
    period_key  varchar(12)   not null,
    school_id   bigint        not null,
    scheme_name varchar(200)  not null,
    year        int           not null,
    school_name varchar(200)  not null,
    region_code varchar(12)   not null,
    total       numeric(7, 2) not null,
    -- the ledger figures the score was computed from, and each indicator's points
    figures     jsonb         not null,
    indicators  jsonb         not null,
    updated_at  timestamptz   not null default now(),
    primary key (peer_id, scheme_id, period_key, school_id)
);
create index mirrored_school_score_period on exchange.mirrored_school_score (year, period_key, region_code text_pattern_ops);

-- the analysis above reads the mirrored hazards and accidents of a region and period grouped
create index mirrored_hazard_region_found on exchange.mirrored_hazard (region_code text_pattern_ops, reported_at);
create index mirrored_accident_region_occurred on exchange.mirrored_accident (region_code text_pattern_ops, occurred_at);
