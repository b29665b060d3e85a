-- training: the hands-on safety-education training base (安全教育实训基地) of a bureau, its
-- courses and sessions, schools' bookings, attendance and certificates (结业证书).
create schema if not exists training;

create table training.base (
    id          bigserial    primary key,
    region_code varchar(9)   not null,
    -- the significant digits of region_code (4504 for 梧州市): the schools it serves start with it
    region_prefix varchar(9) not null,
    name        varchar(60)  not null,
    address     varchar(200) not null default '',
    phone       varchar(30)  not null default '',
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null default now()
);
create index base_region_idx on training.base (region_code text_pattern_ops);

create table training.course (
    id               bigserial     primary key,
    base_id          bigint        not null references training.base (id),
    title            varchar(40)   not null,
    topic            varchar(20)   not null,
    description      varchar(1000) not null,
    duration_minutes integer       not null check (duration_minutes between 10 and 480),
    grade_band       varchar(20)   not null,
    default_capacity integer       not null check (default_capacity between 1 and 500),
    created_at       timestamptz   not null default now(),
    unique (base_id, title)
);

-- booked counts the students of active bookings; the check is the last line of defence,
-- the booking itself raises it with a conditional update (one row lock per session).
create table training.session (
    id           bigserial   primary key,
    course_id    bigint      not null references training.course (id),
    base_id      bigint      not null references training.base (id),
    region_code  varchar(9)  not null,
    day          date        not null,
    starts_at    time        not null,
    ends_at      time        not null,
    capacity     integer     not null check (capacity between 1 and 500),
    booked       integer     not null default 0,
    location     varchar(60) not null default '',
    instructor   varchar(30) not null default '',
    status       varchar(12) not null default 'OPEN',
    completed_at timestamptz,
    created_at   timestamptz not null default now(),
    check (ends_at > starts_at),
    check (booked between 0 and capacity)
);
create index session_base_day_idx on training.session (base_id, day);
create index session_region_day_idx on training.session (region_code text_pattern_ops, day);

create table training.booking (
    id            bigserial   primary key,
    session_id    bigint      not null references training.session (id),
    school_id     bigint      not null,
    region_code   varchar(9)  not null,
    school_name   varchar(100) not null,
    class_id      bigint,
    class_name    varchar(60) not null default '',
    students      integer     not null check (students between 1 and 500),
    lead_teacher  varchar(30) not null,
    phone         varchar(30) not null default '',
    status        varchar(12) not null default 'BOOKED',
    arrived       integer,
    booked_by     varchar(64) not null,
    booked_at     timestamptz not null default now(),
    cancelled_at  timestamptz
);
create index booking_session_idx on training.booking (session_id);
create index booking_school_idx on training.booking (school_id);
create unique index booking_one_per_class_idx on training.booking (session_id, class_id)
    where status <> 'CANCELLED' and class_id is not null;

-- The students of a booking: the class roster taken when booking, or the names the base
-- wrote down for a booking by head count. Names only, no other personal data.
create table training.attendee (
    id             bigserial   primary key,
    booking_id     bigint      not null references training.booking (id),
    student_id     bigint,
    name           varchar(30) not null,
    attended       boolean     not null default false,
    certificate_no varchar(32) unique
);
create index attendee_booking_idx on training.attendee (booking_id);
