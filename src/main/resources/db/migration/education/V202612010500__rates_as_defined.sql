-- The rates exactly as DOMAIN.md §4 and cn.xiaoan.education.RateDefinitions define them (issue 8):
--  * participation counts a student's own items (the lesson, the quiz); a parent's confirmation alone is not
--    the student taking part;
--  * the parent rate divides by the assigned students whose homework asks for a parent confirmation
--    (parent_asked), not by every assigned student; a confirmation counts only where it was asked for.
-- The tallies kept so far are recomputed from the assignments at the end.

alter table education.rate_delta add column parent_asked integer not null default 0;
alter table education.rate add column parent_asked integer not null default 0;

create or replace function education.assignment_delta() returns trigger language plpgsql as $$
declare
    o_part int := 0; o_comp int := 0; o_took int := 0; o_pass int := 0; o_par int := 0; o_assigned int := 0;
    o_asked int := 0;
    n_part int := 0; n_comp int := 0; n_took int := 0; n_pass int := 0; n_par int := 0; n_assigned int := 0;
    n_asked int := 0;
    r education.assignment;
begin
    if tg_op <> 'INSERT' then
        r := old;
        o_assigned := 1;
        o_part := (old.studied_at is not null or old.quiz_at is not null)::int;
        o_comp := (old.completed_at is not null)::int;
        o_took := (old.quiz_at is not null)::int;
        o_pass := (old.quiz_at is not null and old.passed)::int;
        o_asked := old.needs_parent::int;
        o_par := (old.needs_parent and old.parent_at is not null)::int;
    end if;
    if tg_op <> 'DELETE' then
        r := new;
        n_assigned := 1;
        n_part := (new.studied_at is not null or new.quiz_at is not null)::int;
        n_comp := (new.completed_at is not null)::int;
        n_took := (new.quiz_at is not null)::int;
        n_pass := (new.quiz_at is not null and new.passed)::int;
        n_asked := new.needs_parent::int;
        n_par := (new.needs_parent and new.parent_at is not null)::int;
    end if;
    if r.campaign_id is null
       or (n_assigned = o_assigned and n_part = o_part and n_comp = o_comp and n_took = o_took
           and n_pass = o_pass and n_par = o_par and n_asked = o_asked) then
        return null;
    end if;
    insert into education.rate_delta (campaign_id, class_id, school_id, region_code, assigned, participated,
                                      completed, took, passed, parent, parent_asked)
    values (r.campaign_id, r.class_id, r.school_id, r.region_code, n_assigned - o_assigned, n_part - o_part,
            n_comp - o_comp, n_took - o_took, n_pass - o_pass, n_par - o_par, n_asked - o_asked);
    return null;
end
$$;

-- Recompute every campaign's tallies with the new definitions (what RateRollup.rebuild does per campaign).
delete from education.rate_delta;
delete from education.rate;
delete from education.rate_daily;
with m as (
    select x.campaign_id, x.class_id, x.school_id, x.region_code, m.day, sum(a) a, sum(p) p, sum(c) c,
           sum(t) t, sum(s) s, sum(f) f, sum(q) q
    from education.assignment x cross join lateral (values
            (current_date, 1, 0, 0, 0, 0, 0, x.needs_parent::int),
            (least(x.studied_at, x.quiz_at)::date, 0, 1, 0, 0, 0, 0, 0),
            (x.completed_at::date, 0, 0, 1, 0, 0, 0, 0),
            (x.quiz_at::date, 0, 0, 0, 1, x.passed::int, 0, 0),
            (case when x.needs_parent then x.parent_at::date end, 0, 0, 0, 0, 0, 1, 0)) m(day, a, p, c, t, s, f, q)
    where x.campaign_id is not null and m.day is not null
    group by 1, 2, 3, 4, 5),
u as (
    select m.campaign_id, x.unit, x.parent, m.day, sum(a) a, sum(p) p, sum(c) c, sum(t) t, sum(s) s, sum(f) f,
           sum(q) q
    from m cross join lateral education.rate_units(m.class_id, m.school_id, m.region_code) x
    group by 1, 2, 3, 4),
daily as (
    insert into education.rate_daily (campaign_id, unit, day, participated, completed, took, passed, parent_done)
    select campaign_id, unit, day, sum(p), sum(c), sum(t), sum(s), sum(f) from u
    where p <> 0 or c <> 0 or t <> 0 or s <> 0 or f <> 0 group by campaign_id, unit, day
    returning 1)
insert into education.rate (campaign_id, unit, parent, assigned, participated, completed, took, passed, parent_done,
                            parent_asked)
select campaign_id, unit, parent, sum(a), sum(p), sum(c), sum(t), sum(s), sum(f), sum(q) from u
group by campaign_id, unit, parent;
