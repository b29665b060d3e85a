-- The mirror's rollup (ADR 0072): the ledger above counted the lower installations' hazards live, and
-- at 100,000 mirrored hazards a city's ledger and home page took several hundred milliseconds more
-- (bench/mirrored-ledger.sh). Kept in the transaction of every write of exchange.mirrored_hazard, as
-- the hazard module keeps its own (hazard.tally_county): counts by region, Beijing month reported,
-- status, grade, category and the installation it lives at, and whole days from report to closing.
-- Overdue (which depends on today) and 督办 stay live.
create table exchange.mirror_tally (
    region_code varchar(12) collate "C" not null,
    month       date        not null,
    status      varchar(30) not null,
    grade       varchar(20) not null,
    category    varchar(30) not null,
    origin_name varchar(60) not null,
    hazards     bigint      not null,
    primary key (region_code, month, status, grade, category, origin_name) include (hazards)
);

create table exchange.mirror_close_days (
    region_code varchar(12) collate "C" not null,
    month       date        not null,
    days        integer     not null,
    hazards     bigint      not null,
    primary key (region_code, month, days) include (hazards)
);

create function exchange.mirror_tally_changes() returns trigger language plpgsql as $$
declare
    rows_changed text;
begin
    rows_changed := case tg_op
        when 'INSERT' then 'select region_code, reported_at, status, grade, category, origin_name, closed_at, 1 as d from new_rows'
        when 'DELETE' then 'select region_code, reported_at, status, grade, category, origin_name, closed_at, -1 as d from old_rows'
        else 'select region_code, reported_at, status, grade, category, origin_name, closed_at, 1 as d from new_rows
              union all
              select region_code, reported_at, status, grade, category, origin_name, closed_at, -1 as d from old_rows'
    end;
    execute format($sql$
        with delta as materialized (
            select region_code, cast(date_trunc('month', reported_at at time zone 'Asia/Shanghai') as date) as month,
                   status, coalesce(grade, '') as grade, category, origin_name,
                   case when closed_at is null then null
                        else greatest(0, floor(extract(epoch from closed_at - reported_at) / 86400)::integer) end as days, d
            from (%s) c
        ), counts as (
            insert into exchange.mirror_tally as t (region_code, month, status, grade, category, origin_name, hazards)
            select region_code, month, status, grade, category, origin_name, sum(d) from delta
            group by 1, 2, 3, 4, 5, 6 having sum(d) <> 0 order by 1, 2, 3, 4, 5, 6
            on conflict (region_code, month, status, grade, category, origin_name)
            do update set hazards = t.hazards + excluded.hazards
        )
        insert into exchange.mirror_close_days as t (region_code, month, days, hazards)
        select region_code, month, days, sum(d) from delta where days is not null
        group by 1, 2, 3 having sum(d) <> 0 order by 1, 2, 3
        on conflict (region_code, month, days) do update set hazards = t.hazards + excluded.hazards
        $sql$, rows_changed);
    return null;
end
$$;

create trigger mirror_tally_insert after insert on exchange.mirrored_hazard
    referencing new table as new_rows for each statement execute function exchange.mirror_tally_changes();
create trigger mirror_tally_update after update on exchange.mirrored_hazard
    referencing old table as old_rows new table as new_rows for each statement execute function exchange.mirror_tally_changes();
create trigger mirror_tally_delete after delete on exchange.mirrored_hazard
    referencing old table as old_rows for each statement execute function exchange.mirror_tally_changes();

insert into exchange.mirror_tally
select region_code, cast(date_trunc('month', reported_at at time zone 'Asia/Shanghai') as date), status,
       coalesce(grade, ''), category, origin_name, count(*)
from exchange.mirrored_hazard group by 1, 2, 3, 4, 5, 6;
insert into exchange.mirror_close_days
select region_code, cast(date_trunc('month', reported_at at time zone 'Asia/Shanghai') as date),
       greatest(0, floor(extract(epoch from closed_at - reported_at) / 86400)::integer), count(*)
from exchange.mirrored_hazard where closed_at is not null group by 1, 2, 3;

-- the list under the ledger, newest first, walks this instead of sorting the region's hazards
create index mirrored_hazard_newest on exchange.mirrored_hazard (reported_at desc, origin, hazard_id desc);
