-- Four-level networking (ADR 0079): a school's campaign counts from below carry what each day added, so that the
-- campaign's trend above counts the schools below too. Kept with the count they came with: replaced only when
-- that count is (counted later), removed with it (gone, or the peer deleted). daily says whether the installation
-- below sent days at all (a previous release sends totals only): such a school counts in the totals, not the trend.
alter table exchange.mirrored_campaign_count add column daily boolean not null default false;

create table exchange.mirrored_campaign_day (
    peer_id      bigint      not null,
    campaign_id  bigint      not null,
    installation varchar(40) not null,
    school_id    bigint      not null,
    day          date        not null,
    participated integer     not null,
    completed    integer     not null,
    took         integer     not null,
    passed       integer     not null,
    parent_done  integer     not null,
    primary key (peer_id, campaign_id, installation, school_id, day),
    foreign key (peer_id, campaign_id, installation, school_id)
        references exchange.mirrored_campaign_count (peer_id, campaign_id, installation, school_id) on delete cascade
);
