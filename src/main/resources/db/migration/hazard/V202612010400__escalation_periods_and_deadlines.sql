-- hazard (issue 8): escalation one level at a time, each level once; every open hazard has a deadline;
-- the ledger's rollup counts hazards by the month they were found, so that statistics take a period.

-- 逾期上报: one row per level a hazard reached. The primary key makes each level happen once, whoever
-- runs the job (ADR 0010: the job inserts before it moves the hazard, and stops on a conflict).
create table hazard.escalation (
    hazard_id     bigint      not null references hazard.hazard (id) on delete cascade,
    level         varchar(10) not null,
    bureau_region varchar(9)  not null,
    at            timestamptz not null,
    primary key (hazard_id, level)
);
insert into hazard.escalation (hazard_id, level, bureau_region, at)
select id, escalation_level,
       case escalation_level when 'COUNTY' then left(region_code, 6)
                             when 'CITY' then left(region_code, 4) || '00'
                             else left(region_code, 2) || '0000' end,
       coalesce(escalated_at, now())
from hazard.hazard where escalation_level <> 'SCHOOL';

-- The rollup by month found (Beijing time): a quarter, a year or any whole months read it; a range
-- with part of a month is counted from the hazards.
drop trigger hazard_tally_insert on hazard.hazard;
drop trigger hazard_tally_update on hazard.hazard;
drop trigger hazard_tally_delete on hazard.hazard;
drop table hazard.tally_county, hazard.tally_school, hazard.close_days_county, hazard.close_days_school;

-- Open hazards without a deadline (reported but never graded, or loaded without one) never became
-- overdue and so never escalated. They get the national default of their grade (or of the grade the
-- reporter suggested; general when neither is known) counted from the day they were found, in
-- Beijing time: 7 days general, 30 days major (PolicySetting HAZARD_GENERAL/MAJOR_DEADLINE_DAYS). A
-- region's override cannot be read here (policy's tables are policy's, ADR 0009); a deadline already
-- past makes the hazard overdue at once, which it was. Grading sets the deadline anew.
update hazard.hazard
set deadline = (found_at at time zone 'Asia/Shanghai')::date
             + case when coalesce(grade, suggested_grade) = 'MAJOR' then 30 else 7 end
where deadline is null and status not in ('VERIFIED', 'CLOSED');
alter table hazard.hazard add constraint hazard_open_has_deadline
    check (deadline is not null or status in ('VERIFIED', 'CLOSED'));

create table hazard.tally_county (
    region_code varchar(6)  collate "C" not null,
    month       date        not null, -- first day of the month found
    status      varchar(25) not null,
    grade       varchar(10) not null, -- '' while not graded
    category    varchar(20) not null,
    hazards     bigint      not null,
    primary key (region_code, month, status, grade, category) include (hazards)
);

create table hazard.tally_school (
    region_code varchar(9)  collate "C" not null,
    school_id   bigint      not null,
    month       date        not null,
    status      varchar(25) not null,
    grade       varchar(10) not null,
    category    varchar(20) not null,
    hazards     bigint      not null,
    primary key (region_code, school_id, month, status, grade, category) include (hazards)
);

create table hazard.close_days_county (
    region_code varchar(6) collate "C" not null,
    month       date       not null,
    days        integer    not null,
    hazards     bigint     not null,
    primary key (region_code, month, days) include (hazards)
);

create table hazard.close_days_school (
    region_code varchar(9) collate "C" not null,
    school_id   bigint     not null,
    month       date       not null,
    days        integer    not null,
    hazards     bigint     not null,
    primary key (region_code, school_id, month, days) include (hazards)
);

create function hazard.found_month(found_at timestamptz) returns date language sql immutable as $$
    select date_trunc('month', found_at at time zone 'Asia/Shanghai')::date
$$;

create or replace function hazard.tally_changes() returns trigger language plpgsql as $$
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
            select school_id, region_code, hazard.found_month(found_at) as month, status,
                   coalesce(grade, '') as grade, category,
                   case when closed_at is null then null
                        else floor(extract(epoch from closed_at - found_at) / 86400)::integer end as days, d
            from (%s) c
        ), by_county as (
            insert into hazard.tally_county as t (region_code, month, status, grade, category, hazards)
            select left(region_code, 6), month, status, grade, category, sum(d) from delta
            group by 1, 2, 3, 4, 5 having sum(d) <> 0 order by 1, 2, 3, 4, 5
            on conflict (region_code, month, status, grade, category) do update set hazards = t.hazards + excluded.hazards
        ), by_school as (
            insert into hazard.tally_school as t (region_code, school_id, month, status, grade, category, hazards)
            select region_code, school_id, month, status, grade, category, sum(d) from delta
            group by 1, 2, 3, 4, 5, 6 having sum(d) <> 0 order by 1, 2, 3, 4, 5, 6
            on conflict (region_code, school_id, month, status, grade, category) do update set hazards = t.hazards + excluded.hazards
        ), days_county as (
            insert into hazard.close_days_county as t (region_code, month, days, hazards)
            select left(region_code, 6), month, days, sum(d) from delta where days is not null
            group by 1, 2, 3 having sum(d) <> 0 order by 1, 2, 3
            on conflict (region_code, month, days) do update set hazards = t.hazards + excluded.hazards
        )
        insert into hazard.close_days_school as t (region_code, school_id, month, days, hazards)
        select region_code, school_id, month, days, sum(d) from delta where days is not null
        group by 1, 2, 3, 4 having sum(d) <> 0 order by 1, 2, 3, 4
        on conflict (region_code, school_id, month, days) do update set hazards = t.hazards + excluded.hazards
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

insert into hazard.tally_county
select left(region_code, 6), hazard.found_month(found_at), status, coalesce(grade, ''), category, count(*)
from hazard.hazard group by 1, 2, 3, 4, 5;
insert into hazard.tally_school
select region_code, school_id, hazard.found_month(found_at), status, coalesce(grade, ''), category, count(*)
from hazard.hazard group by 1, 2, 3, 4, 5, 6;
insert into hazard.close_days_county
select left(region_code, 6), hazard.found_month(found_at), floor(extract(epoch from closed_at - found_at) / 86400)::integer,
       count(*)
from hazard.hazard where closed_at is not null group by 1, 2, 3;
insert into hazard.close_days_school
select region_code, school_id, hazard.found_month(found_at),
       floor(extract(epoch from closed_at - found_at) / 86400)::integer, count(*)
from hazard.hazard where closed_at is not null group by 1, 2, 3, 4;

-- Overdue stays live: the open hazards' index also carries found_at, so a period's overdue count is
-- still read from the index alone.
drop index hazard.hazard_open_scope_idx;
create index hazard_open_scope_idx on hazard.hazard (region_code text_pattern_ops, deadline) include (school_id, found_at)
    where status not in ('VERIFIED', 'CLOSED');
