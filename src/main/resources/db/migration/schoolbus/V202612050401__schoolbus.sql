-- School buses (校车安全管理条例, 国务院令第617号): vehicles, drivers, escorts, routes, runs with their
-- boarding and alighting checks, permit applications with the statutory working-day clock, and the
-- working-day calendar (official holidays and make-up working days) the clock counts with.
create schema if not exists schoolbus;

-- One row per day that differs from the Monday-to-Friday rule: a holiday (working = false) or a
-- make-up working day on a weekend (working = true). Loaded per year by the administrator.
create table schoolbus.calendar_day (
    day     date primary key,
    working boolean not null,
    name    varchar(50) not null,
    source  varchar(200) not null default ''
);

create table schoolbus.vehicle (
    id                bigserial primary key,
    school_id         bigint not null,
    region_code       varchar(12) not null,
    plate             varchar(20) not null unique,
    operator          varchar(100) not null,
    model             varchar(50) not null default '',
    seats             int not null check (seats between 1 and 80),
    permit_no         varchar(50) not null default '',
    permit_expires    date,
    inspection_due    date,
    insurance_no      varchar(50) not null default '',
    insurance_expires date,
    equipment_ok      boolean not null default false,
    created_at        timestamptz not null default now()
);
create index on schoolbus.vehicle (region_code);
create index on schoolbus.vehicle (school_id);

create table schoolbus.driver (
    id               bigserial primary key,
    school_id        bigint not null,
    region_code      varchar(12) not null,
    name             varchar(50) not null,
    licence_no       varchar(30) not null unique,
    birth_date       date not null,
    licence_class    varchar(10) not null,
    licensed_since   date not null,
    licence_expires  date not null,
    full_points      boolean not null default false,
    serious_accident boolean not null default false,
    drink_driving    boolean not null default false,
    criminal_record  boolean not null default false,
    health_fit       boolean not null default true,
    reviewed_on      date not null,
    review_due       date not null,
    created_at       timestamptz not null default now()
);
create index on schoolbus.driver (region_code);
create index on schoolbus.driver (school_id);

-- 随车照管人员: a staff member of the school, who checks the children on and off on the phone.
create table schoolbus.escort (
    id          bigserial primary key,
    school_id   bigint not null,
    region_code varchar(12) not null,
    staff_id    bigint not null,
    name        varchar(50) not null,
    unique (school_id, staff_id)
);

create table schoolbus.route (
    id          bigserial primary key,
    school_id   bigint not null,
    region_code varchar(12) not null,
    name        varchar(50) not null,
    stops       varchar(1000) not null,
    departs_at  time not null,
    vehicle_id  bigint references schoolbus.vehicle (id),
    driver_id   bigint references schoolbus.driver (id),
    escort_id   bigint references schoolbus.escort (id)
);
create index on schoolbus.route (school_id);

create table schoolbus.route_student (
    route_id   bigint not null references schoolbus.route (id),
    student_id bigint not null,
    primary key (route_id, student_id)
);

-- One trip of a route on a day, with the vehicle, driver and escort it actually went with.
create table schoolbus.run (
    id          bigserial primary key,
    route_id    bigint not null references schoolbus.route (id),
    school_id   bigint not null,
    region_code varchar(12) not null,
    run_date    date not null,
    vehicle_id  bigint not null references schoolbus.vehicle (id),
    driver_id   bigint not null references schoolbus.driver (id),
    escort_id   bigint not null references schoolbus.escort (id),
    status      varchar(20) not null,
    started_at  timestamptz not null default now(),
    finished_at timestamptz,
    missing     int not null default 0
);
create index on schoolbus.run (school_id, run_date);

create table schoolbus.run_check (
    run_id      bigint not null references schoolbus.run (id),
    student_id  bigint not null,
    boarded_at  timestamptz,
    alighted_at timestamptz,
    primary key (run_id, student_id)
);

-- 校车使用许可: education → police traffic and transport → education → the government.
create table schoolbus.permit (
    id                 bigserial primary key,
    school_id          bigint not null,
    region_code        varchar(12) not null,
    vehicle_id         bigint not null references schoolbus.vehicle (id),
    route_id           bigint references schoolbus.route (id),
    applicant          varchar(100) not null,
    status             varchar(20) not null,
    applied_on         date not null,
    forward_due        date not null,
    forwarded_on       date,
    answers_due        date,
    police_agrees      boolean,
    police_note        varchar(500),
    police_on          date,
    transport_agrees   boolean,
    transport_note     varchar(500),
    transport_on       date,
    opinion_due        date,
    opinion_agrees     boolean,
    opinion_note       varchar(500),
    opinion_on         date,
    approved           boolean,
    decision_note      varchar(500),
    decided_on         date
);
create index on schoolbus.permit (region_code, status);

-- An expiry alert sent once per item, due date and lead time: two instances never send it twice.
create table schoolbus.expiry_alert (
    item       varchar(30) not null,
    item_id    bigint not null,
    due        date not null,
    days_ahead int not null,
    sent_at    timestamptz not null default now(),
    primary key (item, item_id, due, days_ahead)
);

-- The official holidays and make-up working days of 2025 and 2026, from the State Council's notices.
-- 2025: 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）
insert into schoolbus.calendar_day (day, working, name, source) values
('2025-01-01', false, '元旦', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-01-26', true, '春节调休上班', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-01-28', false, '春节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-01-29', false, '春节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-01-30', false, '春节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-01-31', false, '春节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-02-01', false, '春节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-02-02', false, '春节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-02-03', false, '春节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-02-04', false, '春节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-02-08', true, '春节调休上班', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-04-04', false, '清明节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-04-05', false, '清明节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-04-06', false, '清明节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-04-27', true, '劳动节调休上班', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-05-01', false, '劳动节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-05-02', false, '劳动节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-05-03', false, '劳动节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-05-04', false, '劳动节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-05-05', false, '劳动节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-05-31', false, '端午节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-06-01', false, '端午节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-06-02', false, '端午节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-09-28', true, '国庆节、中秋节调休上班', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-10-01', false, '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-10-02', false, '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-10-03', false, '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-10-04', false, '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-10-05', false, '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-10-06', false, '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-10-07', false, '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-10-08', false, '国庆节、中秋节', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）'),
('2025-10-11', true, '国庆节、中秋节调休上班', '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）');

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）
insert into schoolbus.calendar_day (day, working, name, source) values
('2026-01-01', false, '元旦', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-01-02', false, '元旦', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-01-03', false, '元旦', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-01-04', true, '元旦调休上班', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-02-14', true, '春节调休上班', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-02-15', false, '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-02-16', false, '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-02-17', false, '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-02-18', false, '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-02-19', false, '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-02-20', false, '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-02-21', false, '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-02-22', false, '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-02-23', false, '春节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-02-28', true, '春节调休上班', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-04-04', false, '清明节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-04-05', false, '清明节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-04-06', false, '清明节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-05-01', false, '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-05-02', false, '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-05-03', false, '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-05-04', false, '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-05-05', false, '劳动节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-05-09', true, '劳动节调休上班', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-06-19', false, '端午节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-06-20', false, '端午节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-06-21', false, '端午节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-09-20', true, '国庆节调休上班', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-09-25', false, '中秋节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-09-26', false, '中秋节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-09-27', false, '中秋节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-10-01', false, '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-10-02', false, '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-10-03', false, '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-10-04', false, '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-10-05', false, '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-10-06', false, '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-10-07', false, '国庆节', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）'),
('2026-10-10', true, '国庆节调休上班', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社发布）');
