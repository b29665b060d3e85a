-- Notices between installations (ADR 0061). A bureau's notice keeps what it addressed — the
-- region, the school types, chosen schools or not, the lower bureaus — so that the installation
-- below can address the same among its own schools (its resolved units are known only here).
-- null target_prefix: a school's notice, or a bureau's notice of a release before this one.
alter table notice.notice add column target_prefix    varchar(9);
alter table notice.notice add column target_types     varchar(200);  -- ',PRIMARY,JUNIOR,', '' for every type
alter table notice.notice add column target_chosen    boolean not null default false;
alter table notice.notice add column to_lower_bureaus boolean not null default false;
-- received from the installation above: read here, managed (withdrawn, reminded) where it was sent
alter table notice.notice add column relayed          boolean not null default false;

-- Units of an installation below, mirrored read-only with their receipts: the installation they
-- live in (its name as the peer is called here). Never delivered, reminded or read here.
alter table notice.unit alter column unit_key type varchar(80);
alter table notice.unit add column source varchar(60);
