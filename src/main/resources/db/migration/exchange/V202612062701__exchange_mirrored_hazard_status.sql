-- A mirrored hazard's later state (ADR 0066): status, deadline and closing as the installation
-- below last told them in a hazard.status envelope, and the version of that state there (it
-- rises with every change of the hazard), so an older envelope arriving late or one resent
-- changes nothing. A hazard mirrored before this release is as it was reported: REPORTED,
-- deadline unknown, version -1 (any state sent applies); the installation below sends the
-- states of what it sent up once (status_synced_at), so these converge.
alter table exchange.mirrored_hazard
    add column status         varchar(30) not null default 'REPORTED',
    add column deadline       date,
    add column closed_at      timestamptz,
    add column status_version bigint      not null default -1;

-- the ledger's open and overdue figures above read the mirror's open hazards by region
create index mirrored_hazard_open on exchange.mirrored_hazard (region_code text_pattern_ops, deadline)
    where status not in ('VERIFIED', 'CLOSED');

-- a peer above whose first full sync came before states travelled gets the states of what it may
-- hold once (null: not yet); a first sync from this release on sends them with the hazards
alter table exchange.peer add column status_synced_at timestamptz;
