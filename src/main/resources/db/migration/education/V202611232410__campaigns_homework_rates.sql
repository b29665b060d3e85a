-- education: campaigns (专题活动) issued by bureaus, homework (安全作业) assigned by schools to classes, one
-- assignment row per student, and rates kept incrementally: every change of an assignment's state appends a
-- delta row (trigger); a single cluster-wide job folds the deltas into class → school → township → county →
-- city → province tallies every second (ADR 0007).

create table education.campaign (
    id              bigserial     primary key,
    title           varchar(100)  not null,
    description     varchar(2000) not null default '',
    lesson_id       bigint        not null references education.lesson (id),
    region_code     varchar(9)    not null,
    issued_by       bigint        not null,
    issuer_name     varchar(50)   not null,
    starts_on       date          not null,
    ends_on         date          not null,
    requires_parent boolean       not null default true,
    created_at      timestamptz   not null default now(),
    check (ends_on >= starts_on)
);
create index campaign_region_idx on education.campaign (region_code text_pattern_ops, starts_on desc);

create table education.homework (
    id              bigserial    primary key,
    school_id       bigint       not null,
    region_code     varchar(9)   not null,
    campaign_id     bigint       references education.campaign (id),
    lesson_id       bigint       not null references education.lesson (id),
    title           varchar(100) not null,
    due_on          date         not null,
    requires_parent boolean      not null default true,
    assigned_by     bigint       not null,
    assigner_name   varchar(50)  not null,
    created_at      timestamptz  not null default now()
);
create index homework_school_idx on education.homework (school_id, created_at desc);
create index homework_campaign_idx on education.homework (campaign_id, school_id);

create table education.homework_class (
    homework_id bigint not null references education.homework (id) on delete cascade,
    class_id    bigint not null,
    primary key (homework_id, class_id)
);
create index homework_class_class_idx on education.homework_class (class_id);

create table education.assignment (
    homework_id  bigint      not null references education.homework (id) on delete cascade,
    student_id   bigint      not null,
    class_id     bigint      not null,
    school_id    bigint      not null,
    region_code  varchar(9)  not null,
    campaign_id  bigint,
    needs_parent boolean     not null,
    studied_at   timestamptz,
    quiz_at      timestamptz,
    attempts     integer     not null default 0,
    best_score   integer,
    passed       boolean     not null default false,
    parent_at    timestamptz,
    parent_id    bigint,
    completed_at timestamptz,
    reminded_at  timestamptz,
    primary key (homework_id, student_id)
);
create index assignment_student_idx on education.assignment (student_id);
create index assignment_class_idx on education.assignment (class_id, homework_id);

alter table education.attempt add column homework_id bigint;
create index attempt_homework_idx on education.attempt (homework_id, account_id) where homework_id is not null;

-- The deltas a state change contributes; consumed (deleted) by the roll-up job.
create table education.rate_delta (
    id            bigserial   primary key,
    campaign_id   bigint      not null,
    class_id      bigint      not null,
    school_id     bigint      not null,
    region_code   varchar(9)  not null,
    day           date        not null default current_date,
    assigned      integer     not null default 0,
    participated  integer     not null default 0,
    completed     integer     not null default 0,
    took          integer     not null default 0,
    passed        integer     not null default 0,
    parent        integer     not null default 0
);

-- Tallies per unit: 'C:<class id>', 'S:<school id>', 'R:<region code>'; parent is the unit above.
create table education.rate (
    campaign_id   bigint      not null,
    unit          varchar(20) not null,
    parent        varchar(20),
    assigned      integer     not null default 0,
    participated  integer     not null default 0,
    completed     integer     not null default 0,
    took          integer     not null default 0,
    passed        integer     not null default 0,
    parent_done   integer     not null default 0,
    updated_at    timestamptz not null default now(),
    primary key (campaign_id, unit)
);
create index rate_parent_idx on education.rate (campaign_id, parent);

-- What each day added, per unit, for the trend chart.
create table education.rate_daily (
    campaign_id   bigint      not null,
    unit          varchar(20) not null,
    day           date        not null,
    participated  integer     not null default 0,
    completed     integer     not null default 0,
    took          integer     not null default 0,
    passed        integer     not null default 0,
    parent_done   integer     not null default 0,
    primary key (campaign_id, unit, day)
);

-- The chain of units a class's figures count towards, bottom up.
create function education.rate_units(class_id bigint, school_id bigint, region_code varchar)
returns table (unit varchar, parent varchar) language sql immutable as $$
    select 'C:' || class_id, 'S:' || school_id
    union all select 'S:' || school_id, 'R:' || region_code
    union all select 'R:' || region_code, 'R:' || substr(region_code, 1, 6) where length(region_code) = 9
    union all select 'R:' || substr(region_code, 1, 6), 'R:' || substr(region_code, 1, 4) || '00'
        where substr(region_code, 5, 2) <> '00'
    union all select 'R:' || substr(region_code, 1, 4) || '00', 'R:' || substr(region_code, 1, 2) || '0000'
        where substr(region_code, 3, 2) <> '00'
    union all select 'R:' || substr(region_code, 1, 2) || '0000', null
$$;

create function education.assignment_delta() returns trigger language plpgsql as $$
declare
    o_part int := 0; o_comp int := 0; o_took int := 0; o_pass int := 0; o_par int := 0; o_assigned int := 0;
    n_part int := 0; n_comp int := 0; n_took int := 0; n_pass int := 0; n_par int := 0; n_assigned int := 0;
    r education.assignment;
begin
    if tg_op <> 'INSERT' then
        r := old;
        o_assigned := 1;
        o_part := (old.studied_at is not null or old.quiz_at is not null or old.parent_at is not null)::int;
        o_comp := (old.completed_at is not null)::int;
        o_took := (old.quiz_at is not null)::int;
        o_pass := old.passed::int;
        o_par := (old.parent_at is not null)::int;
    end if;
    if tg_op <> 'DELETE' then
        r := new;
        n_assigned := 1;
        n_part := (new.studied_at is not null or new.quiz_at is not null or new.parent_at is not null)::int;
        n_comp := (new.completed_at is not null)::int;
        n_took := (new.quiz_at is not null)::int;
        n_pass := new.passed::int;
        n_par := (new.parent_at is not null)::int;
    end if;
    if r.campaign_id is null
       or (n_assigned = o_assigned and n_part = o_part and n_comp = o_comp and n_took = o_took
           and n_pass = o_pass and n_par = o_par) then
        return null;
    end if;
    insert into education.rate_delta (campaign_id, class_id, school_id, region_code, assigned, participated,
                                      completed, took, passed, parent)
    values (r.campaign_id, r.class_id, r.school_id, r.region_code, n_assigned - o_assigned, n_part - o_part,
            n_comp - o_comp, n_took - o_took, n_pass - o_pass, n_par - o_par);
    return null;
end
$$;

create trigger assignment_delta after insert or update or delete on education.assignment
    for each row execute function education.assignment_delta();

-- The significant leading digits of a region code (RegionCode.prefix()): 450000 → 45, 450400 → 4504.
create function education.region_prefix(code varchar) returns varchar language sql immutable as $$
    select case when length(code) = 9 then code
                when code like '__0000' then substr(code, 1, 2)
                when code like '____00' then substr(code, 1, 4)
                else code end
$$;

-- An assignment is complete once the lesson is studied, the quiz taken and, where asked, the parent part
-- confirmed (DOMAIN.md §4: all required items done).
create function education.assignment_complete() returns trigger language plpgsql as $$
begin
    if new.completed_at is null and new.studied_at is not null and new.quiz_at is not null
       and (not new.needs_parent or new.parent_at is not null) then
        new.completed_at := now();
    end if;
    return new;
end
$$;

create trigger assignment_complete before insert or update on education.assignment
    for each row execute function education.assignment_complete();
