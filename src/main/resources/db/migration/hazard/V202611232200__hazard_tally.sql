-- hazard: the ledger's rollup (ADR 0005). Counts per county and per school by status, grade and
-- category, and histograms of whole days from finding to closing, kept by statement-level triggers
-- in the transaction of every write to hazard.hazard (report, transitions, COPY, escalation, fixes).
-- "Overdue" depends on today and is counted live from the open hazards (partial index below).
-- region_code of the county tables is the county's code: the first six digits of the hazards'.
create table hazard.tally_county (
    region_code varchar(6)  collate "C" not null,
    status      varchar(25) not null,
    grade       varchar(10) not null, -- '' while not graded
    category    varchar(20) not null,
    hazards     bigint      not null,
    primary key (region_code, status, grade, category) include (hazards)
);

create table hazard.tally_school (
    region_code varchar(9)  collate "C" not null,
    school_id   bigint      not null,
    status      varchar(25) not null,
    grade       varchar(10) not null,
    category    varchar(20) not null,
    hazards     bigint      not null,
    primary key (region_code, school_id, status, grade, category) include (hazards)
);

-- Region codes in the C collation: the primary keys serve region_code like 'prefix%' and cover the
-- counts (index-only scans of a scope).
-- Hazards with a closing time by whole days from found_at to closed_at (floor).
create table hazard.close_days_county (
    region_code varchar(6) collate "C" not null,
    days        integer    not null,
    hazards     bigint     not null,
    primary key (region_code, days) include (hazards)
);

create table hazard.close_days_school (
    region_code varchar(9) collate "C" not null,
    school_id   bigint     not null,
    days        integer    not null,
    hazards     bigint     not null,
    primary key (region_code, school_id, days) include (hazards)
);

-- One statement per trigger event: the net change of every key, applied in key order (so two
-- transactions lock the same rollup rows in the same order), keys that net to zero untouched.
create function hazard.tally_changes() returns trigger language plpgsql as $$
declare
    rows_changed text;
begin
    rows_changed := case tg_op
        when 'INSERT' then 'select school_id, region_code, status, grade, category, found_at, closed_at, 1 as d from new_rows'
        when 'DELETE' then 'select school_id, region_code, status, grade, category, found_at, closed_at, -1 as d from old_rows'
        else 'select school_id, region_code, status, grade, category, found_at, closed_at, 1 as d from new_rows
              union all
              select school_id, region_code, status, grade, category, found_at, closed_at, -1 as d from old_rows'
    end;
    execute format($sql$
        with delta as materialized (
            select school_id, region_code, status, coalesce(grade, '') as grade, category,
                   case when closed_at is null then null
                        else floor(extract(epoch from closed_at - found_at) / 86400)::integer end as days, d
            from (%s) c
        ), by_county as (
            insert into hazard.tally_county as t (region_code, status, grade, category, hazards)
            select left(region_code, 6), status, grade, category, sum(d) from delta
            group by 1, 2, 3, 4 having sum(d) <> 0 order by 1, 2, 3, 4
            on conflict (region_code, status, grade, category) do update set hazards = t.hazards + excluded.hazards
        ), by_school as (
            insert into hazard.tally_school as t (region_code, school_id, status, grade, category, hazards)
            select region_code, school_id, status, grade, category, sum(d) from delta
            group by 1, 2, 3, 4, 5 having sum(d) <> 0 order by 1, 2, 3, 4, 5
            on conflict (region_code, school_id, status, grade, category) do update set hazards = t.hazards + excluded.hazards
        ), days_county as (
            insert into hazard.close_days_county as t (region_code, days, hazards)
            select left(region_code, 6), days, sum(d) from delta where days is not null
            group by 1, 2 having sum(d) <> 0 order by 1, 2
            on conflict (region_code, days) do update set hazards = t.hazards + excluded.hazards
        )
        insert into hazard.close_days_school as t (region_code, school_id, days, hazards)
        select region_code, school_id, days, sum(d) from delta where days is not null
        group by 1, 2, 3 having sum(d) <> 0 order by 1, 2, 3
        on conflict (region_code, school_id, days) do update set hazards = t.hazards + excluded.hazards
        $sql$, rows_changed);
    return null;
end
$$;

create trigger hazard_tally_insert after insert on hazard.hazard
    referencing new table as new_rows for each statement execute function hazard.tally_changes();
create trigger hazard_tally_update after update on hazard.hazard
    referencing old table as old_rows new table as new_rows for each statement execute function hazard.tally_changes();
create trigger hazard_tally_delete after delete on hazard.hazard
    referencing old table as old_rows for each statement execute function hazard.tally_changes();

-- Hazards already in the ledger.
insert into hazard.tally_county
select left(region_code, 6), status, coalesce(grade, ''), category, count(*) from hazard.hazard group by 1, 2, 3, 4;
insert into hazard.tally_school
select region_code, school_id, status, coalesce(grade, ''), category, count(*) from hazard.hazard group by 1, 2, 3, 4, 5;
insert into hazard.close_days_county
select left(region_code, 6), floor(extract(epoch from closed_at - found_at) / 86400)::integer, count(*)
from hazard.hazard where closed_at is not null group by 1, 2;
insert into hazard.close_days_school
select region_code, school_id, floor(extract(epoch from closed_at - found_at) / 86400)::integer, count(*)
from hazard.hazard where closed_at is not null group by 1, 2, 3;

-- Overdue is live: open hazards of a scope by deadline, school for the rows one level down.
create index hazard_open_scope_idx on hazard.hazard (region_code text_pattern_ops, deadline) include (school_id)
    where status not in ('VERIFIED', 'CLOSED');
-- The ledger's newest-first pages, one key per scope level (province, city, county) and one for all.
create index hazard_found_idx on hazard.hazard (found_at desc, id desc);
create index hazard_province_found_idx on hazard.hazard (left(region_code, 2), found_at desc, id desc);
create index hazard_city_found_idx on hazard.hazard (left(region_code, 4), found_at desc, id desc);
create index hazard_county_found_idx on hazard.hazard (left(region_code, 6), found_at desc, id desc);
