-- A mirrored hazard's 督办 and escalation go up, and a middle installation forwards what it mirrors
-- (ADR 0068).
--
-- A hazard is keyed by where it lives, not by the link it came through: the installation it was
-- found at (origin, the installation id that installation signs with) and its id there. A
-- county's hazard reaching the province both directly and through the city is therefore one row.
-- peer_id is the link its last change came through; origin_name and origin_region name the
-- installation it lives at (for one sent directly: the peer's name and region).
alter table exchange.mirrored_hazard
    add column origin                  varchar(40),
    add column origin_name             varchar(60),
    add column origin_region           varchar(12),
    -- 挂牌督办 as the newest state said (null level: not listed): the supervising bureau's level
    -- and region, its notice number, deadline and on-site acceptance
    add column supervised_level        varchar(20),
    add column supervising_region      varchar(12),
    add column supervision_notice      varchar(60),
    add column supervision_deadline    date,
    add column supervision_accepted_at timestamptz;

update exchange.mirrored_hazard h set origin = p.installation, origin_name = p.name, origin_region = p.region_code
from exchange.peer p where p.id = h.peer_id;

alter table exchange.mirrored_hazard
    alter column origin set not null,
    alter column origin_name set not null,
    alter column origin_region set not null,
    drop constraint mirrored_hazard_pkey,
    add primary key (origin, hazard_id);

-- a peer's rows go with it (on delete cascade) and are found by it
create index mirrored_hazard_peer on exchange.mirrored_hazard (peer_id);
-- the ledger's 督办 filter above
create index mirrored_hazard_supervised on exchange.mirrored_hazard (region_code text_pattern_ops)
    where supervised_level is not null;

-- A peer above receives, once, the hazards this installation mirrors from below (null: not yet);
-- from then on each change is forwarded as it is applied here.
alter table exchange.peer add column relayed_at timestamptz;

-- The states sent before this release carried neither 督办 nor escalation: every peer above
-- synced before receives the states of what it may hold once more (ADR 0066's catch-up).
update exchange.peer set status_synced_at = null where direction = 'UP' and synced_at is not null;
