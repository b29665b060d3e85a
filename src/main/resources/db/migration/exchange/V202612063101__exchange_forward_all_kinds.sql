-- A middle installation forwards everything it keeps from below, not only hazards (ADR 0071): accident
-- reports, acknowledgements of warnings, bullying counts and school scores are keyed, like hazards (ADR 0068),
-- by the installation they come from (origin: the installation id it signs with), not by the link they came
-- through, so a county's record reaching the province directly and through its city is one row. peer_id
-- stays as the link the last change came through; origin_name and origin_region name the installation on the
-- pages (existing rows: the peer's, or for an acknowledgement a city forwarded, the county it named).

-- Accident reports.
alter table exchange.mirrored_accident
    add column origin        varchar(40),
    add column origin_name   varchar(60),
    add column origin_region varchar(12);
update exchange.mirrored_accident a set origin = p.installation, origin_name = p.name, origin_region = p.region_code
from exchange.peer p where p.id = a.peer_id;
alter table exchange.mirrored_accident
    alter column origin set not null,
    alter column origin_name set not null,
    alter column origin_region set not null,
    drop constraint mirrored_accident_pkey,
    add primary key (origin, accident_id);
create index mirrored_accident_peer on exchange.mirrored_accident (peer_id);

-- Acknowledgements: the school's installation (origin, formerly source, '' for the peer itself) and the
-- installation whose warning it is (issuer: '' for this installation's own warning, whose id warning_id is
-- here; otherwise that installation's id, warning_id being its id there).
alter table exchange.mirrored_acknowledgement
    add column origin        varchar(40),
    add column origin_name   varchar(60),
    add column origin_region varchar(12),
    add column issuer        varchar(40) not null default '',
    add column issuer_name   varchar(60) not null default '';
update exchange.mirrored_acknowledgement a
set origin = case when a.source <> '' then a.source else p.installation end,
    origin_name = case when a.source_name <> '' then a.source_name else p.name end,
    origin_region = case when a.source <> '' then substr(a.region_code, 1, 6) else p.region_code end
from exchange.peer p where p.id = a.peer_id;
-- one school's acknowledgement that reached here both directly and through a city is kept once
delete from exchange.mirrored_acknowledgement a using exchange.mirrored_acknowledgement b
where a.origin = b.origin and a.warning_id = b.warning_id and a.school_id = b.school_id and a.ctid > b.ctid;
alter table exchange.mirrored_acknowledgement
    alter column origin set not null,
    alter column origin_name set not null,
    alter column origin_region set not null,
    drop constraint mirrored_acknowledgement_pkey,
    drop column source,
    drop column source_name,
    add primary key (origin, issuer, warning_id, school_id);
create index mirrored_acknowledgement_peer on exchange.mirrored_acknowledgement (peer_id);

-- Bullying counts and school scores carry the time they were counted where they come from: an older count
-- arriving after a newer one by another route changes nothing. Existing rows: any count sent later applies.
alter table exchange.mirrored_bullying_count
    add column origin        varchar(40),
    add column origin_name   varchar(60),
    add column origin_region varchar(12),
    add column counted_at    timestamptz not null default '-infinity';
update exchange.mirrored_bullying_count b set origin = p.installation, origin_name = p.name,
    origin_region = p.region_code
from exchange.peer p where p.id = b.peer_id;
alter table exchange.mirrored_bullying_count
    alter column origin set not null,
    alter column origin_name set not null,
    alter column origin_region set not null,
    drop constraint mirrored_bullying_count_pkey,
    add primary key (origin, school_id, month);
create index mirrored_bullying_count_peer on exchange.mirrored_bullying_count (peer_id);

alter table exchange.mirrored_school_score
    add column origin        varchar(40),
    add column origin_name   varchar(60),
    add column origin_region varchar(12),
    add column counted_at    timestamptz not null default '-infinity';
update exchange.mirrored_school_score s set origin = p.installation, origin_name = p.name,
    origin_region = p.region_code
from exchange.peer p where p.id = s.peer_id;
alter table exchange.mirrored_school_score
    alter column origin set not null,
    alter column origin_name set not null,
    alter column origin_region set not null,
    drop constraint mirrored_school_score_pkey,
    add primary key (origin, scheme_id, period_key, school_id);
create index mirrored_school_score_peer on exchange.mirrored_school_score (peer_id);

-- Every peer above already caught up on the hazards receives, once, all that is kept here from below
-- (the hazards again: each changes nothing above).
update exchange.peer set relayed_at = null where direction = 'UP';
