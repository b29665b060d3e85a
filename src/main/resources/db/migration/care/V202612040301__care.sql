-- care: 一岗双带 pairing of staff with students, at-risk flags, care visits (谈心、家访…) and the follow-ups
-- they make due, and the psychological counsellors each school names. Students come from people's published
-- roster (people.class_roster); names are kept as they were when paired, so the pages of a teacher (who may
-- not read the roll) need nothing else. Confidential: read only through care's API (ADR 0029).
create schema if not exists care;

-- The one staff member who looks after a student, confirmed by the class's head teacher (or the principal,
-- the safety office).
create table care.pair (
    student_id      bigint       primary key,
    school_id       bigint       not null,
    region_code     varchar(9)   not null,
    class_id        bigint       not null,
    staff_id        bigint       not null,
    staff_name      varchar(50)  not null,
    confirmed_by    varchar(50)  not null,
    confirmed_at    timestamptz  not null
);
create index pair_staff on care.pair (staff_id);
create index pair_school on care.pair (school_id, class_id);
create index pair_region on care.pair (region_code varchar_pattern_ops);

-- A student at risk (留守儿童、单亲家庭、心理问题…): one row per flag; the note is confidential.
create table care.flag (
    student_id      bigint        not null,
    flag            varchar(20)   not null,
    school_id       bigint        not null,
    region_code     varchar(9)    not null,
    class_id        bigint        not null,
    note            varchar(500)  not null default '',
    set_by          varchar(50)   not null,
    set_at          timestamptz   not null,
    primary key (student_id, flag)
);
create index flag_school on care.flag (school_id, class_id);
create index flag_region on care.flag (region_code varchar_pattern_ops);

-- A care visit: talk, home visit, call or online; what was learnt, the help given, the next follow-up.
create table care.visit (
    id              bigserial     primary key,
    student_id      bigint        not null,
    school_id       bigint        not null,
    region_code     varchar(9)    not null,
    class_id        bigint        not null,
    staff_id        bigint,
    staff_name      varchar(50)   not null,
    visit_date      date          not null,
    form            varchar(20)   not null,
    thinking        varchar(1000) not null default '',
    studies         varchar(1000) not null default '',
    family          varchar(1000) not null default '',
    difficulties    varchar(1000) not null default '',
    help_given      varchar(1000) not null default '',
    next_follow_up  date,
    recorded_by     bigint        not null,
    recorded_at     timestamptz   not null
);
create index visit_student on care.visit (student_id, visit_date desc);
create index visit_school on care.visit (school_id, visit_date);
create index visit_region on care.visit (region_code varchar_pattern_ops, visit_date);

-- When an at-risk student's next follow-up is due (kept on every flag and visit); no row without a flag.
create table care.follow_up (
    student_id      bigint       primary key,
    school_id       bigint       not null,
    region_code     varchar(9)   not null,
    class_id        bigint       not null,
    due_on          date         not null
);
create index follow_up_school on care.follow_up (school_id, due_on);
create index follow_up_region on care.follow_up (region_code varchar_pattern_ops, due_on);

-- The psychological counsellors (心理辅导教师) a principal names for the school: they see every record.
create table care.counsellor (
    school_id       bigint       not null,
    staff_id        bigint       not null,
    staff_name      varchar(50)  not null,
    named_by        varchar(50)  not null,
    named_at        timestamptz  not null,
    primary key (school_id, staff_id)
);
create index counsellor_staff on care.counsellor (staff_id);
