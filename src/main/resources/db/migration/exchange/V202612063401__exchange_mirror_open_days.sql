-- The weekly chart of open hazards above counts the hazards below (ADR 0075). A hazard's state now
-- carries when it stopped counting as open where it lives (its first verification or closing,
-- done_at; null while open or from the release before). The chart asks how many were open at the
-- end of a Beijing day: kept here as the net change per region, Beijing day and grade — +1 on the
-- day a hazard was reported, -1 on the day it was done — so "open at the end of day D" is the sum of
-- the days up to D, and the sum of all days is what is open now. Kept by statement-level triggers in
-- the transaction of every write of exchange.mirrored_hazard, as exchange.mirror_tally is (ADR 0072).
-- A hazard done without a time sent (release before) counts as done when it was closed, else on the
-- day it was reported; never before the day it was reported.
alter table exchange.mirrored_hazard add column done_at timestamptz;

create table exchange.mirror_open_days (
    region_code varchar(12) collate "C" not null,
    day         date        not null,
    grade       varchar(20) not null,
    net         bigint      not null,
    primary key (region_code, day, grade) include (net)
);

create function exchange.mirror_open_day_changes() returns trigger language plpgsql as $$
declare
    rows_changed text;
begin
    rows_changed := case tg_op
        when 'INSERT' then 'select region_code, reported_at, status, grade, done_at, closed_at, 1 as d from new_rows'
        when 'DELETE' then 'select region_code, reported_at, status, grade, done_at, closed_at, -1 as d from old_rows'
        else 'select region_code, reported_at, status, grade, done_at, closed_at, 1 as d from new_rows
              union all
              select region_code, reported_at, status, grade, done_at, closed_at, -1 as d from old_rows'
    end;
    execute format($sql$
        with c as materialized (%s), delta as (
            select region_code, cast(reported_at at time zone 'Asia/Shanghai' as date) as day,
                   coalesce(grade, '') as grade, d from c
            union all
            select region_code,
                   cast(greatest(reported_at, coalesce(done_at, closed_at, reported_at)) at time zone 'Asia/Shanghai' as date),
                   coalesce(grade, ''), -d from c
            where status in ('VERIFIED', 'CLOSED')
        )
        insert into exchange.mirror_open_days as t (region_code, day, grade, net)
        select region_code, day, grade, sum(d) from delta
        group by 1, 2, 3 having sum(d) <> 0 order by 1, 2, 3
        on conflict (region_code, day, grade) do update set net = t.net + excluded.net
        $sql$, rows_changed);
    return null;
end
$$;

create trigger mirror_open_days_insert after insert on exchange.mirrored_hazard
    referencing new table as new_rows for each statement execute function exchange.mirror_open_day_changes();
create trigger mirror_open_days_update after update on exchange.mirrored_hazard
    referencing old table as old_rows new table as new_rows for each statement execute function exchange.mirror_open_day_changes();
create trigger mirror_open_days_delete after delete on exchange.mirrored_hazard
    referencing old table as old_rows for each statement execute function exchange.mirror_open_day_changes();

insert into exchange.mirror_open_days (region_code, day, grade, net)
select region_code, day, grade, sum(d) from (
    select region_code, cast(reported_at at time zone 'Asia/Shanghai' as date) as day, coalesce(grade, '') as grade,
           1 as d
    from exchange.mirrored_hazard
    union all
    select region_code,
           cast(greatest(reported_at, coalesce(done_at, closed_at, reported_at)) at time zone 'Asia/Shanghai' as date),
           coalesce(grade, ''), -1
    from exchange.mirrored_hazard where status in ('VERIFIED', 'CLOSED')
) c group by 1, 2, 3 having sum(d) <> 0;

-- the installations below send the states of what they sent up once more, now with done_at (the same
-- version fills it in, HazardMirror's merge)
update exchange.peer set status_synced_at = null where direction = 'UP' and synced_at is not null;

-- 挂牌督办's on-site acceptance due date and 约谈 (the supervising bureau summoned the school's leaders
-- when acceptance ran late) go up with the hazard's state (ADR 0075); null from a release before.
alter table exchange.mirrored_hazard
    add column supervision_acceptance_due date,
    add column supervision_summoned_at    timestamptz;
