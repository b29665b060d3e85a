-- Four-level networking, continued (ADR 0059): peer secrets encrypted at rest with the
-- personal-data key (the plain column is emptied by the application on start), warnings
-- received from above and the local warning each became, acknowledgements and accident reports
-- of the installations below, and when a peer above last received the first full sync.
alter table exchange.peer add column secret_enc bytea;
alter table exchange.peer alter column secret drop not null;
-- a peer above entered by the administrator wants the first full sync; synced_at says it had it
alter table exchange.peer add column sync_wanted boolean not null default false;
alter table exchange.peer add column synced_at timestamptz;
update exchange.peer set sync_wanted = true where direction = 'UP';

-- A warning of the installation above (its id there) and the local warning it became here.
create table exchange.received_warning (
    peer_id     bigint      not null references exchange.peer (id) on delete cascade,
    remote_id   bigint      not null,
    local_id    bigint      not null unique,
    received_at timestamptz not null default now(),
    primary key (peer_id, remote_id)
);

-- A school of an installation below acknowledged (签收) one of this installation's warnings.
create table exchange.mirrored_acknowledgement (
    peer_id         bigint       not null references exchange.peer (id) on delete cascade,
    warning_id      bigint       not null,
    school_id       bigint       not null,
    school_name     varchar(100) not null,
    region_code     varchar(12)  not null,
    actions_done    int          not null,
    late            boolean      not null,
    acknowledged_at timestamptz  not null,
    primary key (peer_id, warning_id, school_id)
);
create index mirrored_acknowledgement_warning on exchange.mirrored_acknowledgement (warning_id);

-- Accident reports of the installations below: facts only, nobody's name.
create table exchange.mirrored_accident (
    peer_id      bigint       not null references exchange.peer (id) on delete cascade,
    accident_id  bigint       not null,
    school_id    bigint       not null,
    school_name  varchar(100) not null,
    region_code  varchar(12)  not null,
    kind         varchar(30)  not null,
    severity     varchar(20)  not null,
    occurred_at  timestamptz  not null,
    closed       boolean      not null default false,
    updated_at   timestamptz  not null default now(),
    primary key (peer_id, accident_id)
);
create index mirrored_accident_region on exchange.mirrored_accident (region_code);


-- Bullying goes up as anonymised counts only: per school and month, cases opened and cases found
-- to be bullying. What was last sent to each peer (a count is sent again only when it changed)…
create table exchange.bullying_count_sent (
    peer_id   bigint     not null references exchange.peer (id) on delete cascade,
    school_id bigint     not null,
    month     varchar(7) not null,
    cases     int        not null,
    bullying  int        not null,
    primary key (peer_id, school_id, month)
);

-- …and what the installations below sent.
create table exchange.mirrored_bullying_count (
    peer_id     bigint       not null references exchange.peer (id) on delete cascade,
    school_id   bigint       not null,
    month       varchar(7)   not null,
    school_name varchar(100) not null,
    region_code varchar(12)  not null,
    cases       int          not null,
    bullying    int          not null,
    primary key (peer_id, school_id, month)
);
create index mirrored_bullying_count_region on exchange.mirrored_bullying_count (region_code);
