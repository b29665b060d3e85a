-- meeting: joint meetings (联席会议) and township school-safety meetings (乡镇学校安全工作例会), their
-- decisions (议定事项) as tasks tracked to done, and the quarter reminders sent to townships.
create schema if not exists meeting;

create table meeting.meeting (
    id               bigserial     primary key,
    -- the convening body: a township, a county, a city or a province
    region_code      varchar(9)    not null,
    kind             varchar(20)   not null check (kind in ('JOINT', 'TOWNSHIP', 'CONSULTATION')),
    title            varchar(100)  not null,
    held_at          timestamptz   not null,
    place            varchar(100)  not null,
    chair            varchar(50)   not null,
    -- department codes, comma separated (EDUCATION,PUBLIC_SECURITY…)
    departments      varchar(300)  not null default '',
    attendees        varchar(1000) not null default '',
    agenda           varchar(2000) not null default '',
    minutes          varchar(5000) not null default '',
    recorded_by      bigint        not null,
    recorded_by_name varchar(100)  not null,
    recorded_at      timestamptz   not null
);

create index meeting_region_held on meeting.meeting (region_code, held_at desc);

create table meeting.task (
    id                  bigserial     primary key,
    meeting_id          bigint        not null references meeting.meeting (id),
    -- the meeting's region, so scope filters need no join
    region_code         varchar(9)    not null,
    decision            varchar(500)  not null,
    owner_department    varchar(30)   not null,
    owner_person        varchar(50)   not null,
    -- the platform account that answers the task, if the owner has one
    assignee_account_id bigint,
    assignee_name       varchar(100),
    deadline            date          not null,
    status              varchar(20)   not null default 'OPEN' check (status in ('OPEN', 'IN_PROGRESS', 'DONE')),
    progress_note       varchar(1000) not null default '',
    result              varchar(1000) not null default '',
    evidence            varchar(500)  not null default '',
    closed_at           timestamptz,
    closed_by_name      varchar(100),
    chased_on           date,
    created_at          timestamptz   not null,
    version             integer       not null default 0
);

create index task_meeting on meeting.task (meeting_id);
create index task_region_open on meeting.task (region_code, deadline) where status <> 'DONE';
create index task_assignee on meeting.task (assignee_account_id) where assignee_account_id is not null;

-- one reminder per township and quarter, claimed before it is sent (two app instances send it once)
create table meeting.quarter_reminder (
    region_code varchar(9)  not null,
    quarter     varchar(7)  not null,
    sent_at     timestamptz not null,
    primary key (region_code, quarter)
);
