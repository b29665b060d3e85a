-- Four-level networking, continued (ADR 0061): notices (通知公告) down and their receipts up, and
-- acknowledgements forwarded further up.

-- A notice of the installation above (its id there) and the local notice it became here.
create table exchange.received_notice (
    peer_id     bigint      not null references exchange.peer (id) on delete cascade,
    remote_id   bigint      not null,
    local_id    bigint      not null unique,
    received_at timestamptz not null default now(),
    primary key (peer_id, remote_id)
);

-- A notice of this installation sent to a peer below: only for these are its receipts taken.
create table exchange.relayed_notice (
    peer_id   bigint      not null references exchange.peer (id) on delete cascade,
    notice_id bigint      not null,
    sent_at   timestamptz not null default now(),
    primary key (peer_id, notice_id)
);

-- An acknowledgement a peer below forwarded from an installation below it (a county's, through
-- its city): that installation's id and name as the forwarding peer knows them; '' when direct.
-- School ids are unique per installation only, so the source is part of the key.
alter table exchange.mirrored_acknowledgement add column source varchar(40) not null default '';
alter table exchange.mirrored_acknowledgement add column source_name varchar(60) not null default '';
alter table exchange.mirrored_acknowledgement drop constraint mirrored_acknowledgement_pkey;
alter table exchange.mirrored_acknowledgement add primary key (peer_id, warning_id, source, school_id);

-- An assessment scheme of the installation above (its id there) and the scheme kept for it here.
create table exchange.received_scheme (
    peer_id     bigint      not null references exchange.peer (id) on delete cascade,
    remote_id   bigint      not null,
    local_id    bigint      not null unique,
    received_at timestamptz not null default now(),
    primary key (peer_id, remote_id)
);
