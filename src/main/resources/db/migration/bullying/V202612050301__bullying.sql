-- bullying: student-bullying cases (加强中小学生欺凌综合治理方案 教督〔2017〕10号; 未成年人学校保护规定 教育部令第50号).
-- A report opens a case at once (the decision clock starts on receipt, ADR 0036); the school's
-- 学生欺凌治理委员会 investigates and decides (认定) by the policy deadline; both families are informed;
-- a party may ask the county's bullying office for 复查; follow-up visits, then the case is closed.
-- Names, statements and evidence are confidential to the committee and the county office: read only
-- through bullying's API, each read audited.
create schema if not exists bullying;

create table bullying.bullying_case (
    id               bigserial     primary key,
    school_id        bigint        not null,
    region_code      varchar(9)    not null,
    school_name      varchar(100)  not null,
    channel          varchar(20)   not null,
    reporter_name    varchar(50)   not null default '',
    reporter_contact varchar(50)   not null default '',
    reported_by      varchar(50)   not null default '',
    happened_on      date          not null,
    place            varchar(100)  not null default '',
    description      varchar(2000) not null,
    victim_name      varchar(50)   not null default '',
    victim_grade     varchar(20)   not null default '',
    actor_names      varchar(200)  not null default '',
    actor_grade      varchar(20)   not null default '',
    code_hash        char(64)      unique,
    state            varchar(20)   not null,
    opened_at        timestamptz   not null,
    decision_due     date          not null,
    late_flagged_at  timestamptz,
    decided_at       timestamptz,
    decided_by       varchar(50),
    is_bullying      boolean,
    kind             varchar(20),
    severity         varchar(20),
    reasoning        varchar(2000),
    closed_at        timestamptz,
    closed_by        varchar(50)
);
create index case_school on bullying.bullying_case (school_id, state);
create index case_region on bullying.bullying_case (region_code varchar_pattern_ops, state);
create index case_due on bullying.bullying_case (decision_due) where decided_at is null;

-- Interviews, the parties' and witnesses' statements (text).
create table bullying.statement (
    id           bigserial     primary key,
    case_id      bigint        not null references bullying.bullying_case (id),
    kind         varchar(20)   not null,
    speaker      varchar(50)   not null,
    content      varchar(4000) not null,
    recorded_by  varchar(50)   not null,
    recorded_at  timestamptz   not null
);
create index statement_case on bullying.statement (case_id);

-- Evidence files (photos, screenshots), stored by the file module.
create table bullying.evidence (
    id           bigserial     primary key,
    case_id      bigint        not null references bullying.bullying_case (id),
    file_id      uuid          not null,
    caption      varchar(200)  not null default '',
    added_by     varchar(50)   not null,
    added_at     timestamptz   not null
);
create index evidence_case on bullying.evidence (case_id);

-- Measures (教育、道歉、纪律处分、心理辅导、报警、转专门学校), each with who decided and when.
create table bullying.measure (
    id           bigserial     primary key,
    case_id      bigint        not null references bullying.bullying_case (id),
    kind         varchar(30)   not null,
    detail       varchar(500)  not null default '',
    decided_by   varchar(50)   not null,
    decided_at   timestamptz   not null
);
create index measure_case on bullying.measure (case_id);

-- Each family informed of the decision: when, how, by whom (both required before closing).
create table bullying.family_notice (
    case_id      bigint        not null references bullying.bullying_case (id),
    side         varchar(10)   not null,
    informed_at  timestamptz   not null,
    method       varchar(20)   not null,
    informed_by  varchar(50)   not null,
    appeal_until date          not null,
    primary key (case_id, side)
);

-- 复查: a party's appeal to the county office and the office's answer; the school's decision stays
-- on the case, the review's own on this row.
create table bullying.appeal (
    case_id      bigint        primary key references bullying.bullying_case (id),
    side         varchar(10)   not null,
    filed_on     date          not null,
    reason       varchar(2000) not null,
    answer_due   date          not null,
    recorded_by  varchar(50)   not null,
    answered_at  timestamptz,
    answered_by  varchar(50),
    outcome      varchar(20),
    is_bullying  boolean,
    kind         varchar(20),
    severity     varchar(20),
    reasoning    varchar(2000)
);

-- Follow-up visits of the victim and the student who bullied, due at policy intervals.
create table bullying.follow_up (
    id           bigserial     primary key,
    case_id      bigint        not null references bullying.bullying_case (id),
    subject      varchar(10)   not null,
    due_on       date          not null,
    done_at      timestamptz,
    done_by      varchar(50),
    note         varchar(1000)
);
create index follow_up_case on bullying.follow_up (case_id);

-- The school's committee members besides the principal, who chairs it (named by the principal).
create table bullying.committee_member (
    school_id    bigint        not null,
    account_id   bigint        not null,
    username     varchar(50)   not null,
    display_name varchar(50)   not null,
    named_by     varchar(50)   not null,
    named_at     timestamptz   not null,
    primary key (school_id, account_id)
);

-- The county's bullying office (欺凌治理办公室): bureau accounts of the county named by its administrator.
create table bullying.office_member (
    county_code  varchar(6)    not null,
    account_id   bigint        not null,
    username     varchar(50)   not null,
    display_name varchar(50)   not null,
    named_by     varchar(50)   not null,
    named_at     timestamptz   not null,
    primary key (county_code, account_id)
);

-- Hits of the public form and the code lookup per client (a hash of the address) and window:
-- shared by every app instance, pruned by the job.
create table bullying.rate_hit (
    bucket       varchar(10)   not null,
    client       char(64)      not null,
    window_start timestamptz   not null,
    hits         int           not null,
    primary key (bucket, client, window_start)
);
