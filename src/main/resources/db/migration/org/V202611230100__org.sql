-- org: regions (GB/T 2260), schools, grades, classes, departments, posts.
create schema if not exists org;

create table org.region (
    code        varchar(9)  primary key,
    name        varchar(64) not null,
    level       varchar(10) not null check (level in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP')),
    parent_code varchar(9)  references org.region (code)
);
create index region_parent_idx on org.region (parent_code);

create table org.school (
    id            bigserial    primary key,
    code          varchar(10)  not null unique check (code ~ '^[0-9]{10}$'),
    name          varchar(100) not null,
    type          varchar(20)  not null,
    region_code   varchar(9)   not null references org.region (code),
    address       varchar(200) not null default '',
    phone         varchar(30)  not null default '',
    boarding      boolean      not null default false,
    student_count integer      not null default 0 check (student_count >= 0),
    boarder_count integer      not null default 0 check (boarder_count >= 0),
    staff_count   integer      not null default 0 check (staff_count >= 0),
    version       integer      not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);
create index school_region_idx on org.school (region_code text_pattern_ops);
create index school_name_idx on org.school (name text_pattern_ops);

create table org.grade (
    id         bigserial   primary key,
    school_id  bigint      not null references org.school (id) on delete cascade,
    name       varchar(20) not null,
    seq        integer     not null,
    entry_year integer,
    unique (school_id, name)
);

create table org.school_class (
    id        bigserial   primary key,
    school_id bigint      not null references org.school (id) on delete cascade,
    grade_id  bigint      not null references org.grade (id) on delete cascade,
    name      varchar(30) not null,
    unique (grade_id, name)
);
create index class_school_idx on org.school_class (school_id);

create table org.department (
    id        bigserial   primary key,
    school_id bigint      not null references org.school (id) on delete cascade,
    name      varchar(50) not null,
    unique (school_id, name)
);

create table org.post (
    code    varchar(30) primary key,
    name_zh varchar(30) not null,
    name_en varchar(40) not null,
    seq     integer     not null
);

insert into org.post (code, name_zh, name_en, seq) values
 ('PRINCIPAL', '校长', 'Principal', 1),
 ('VICE_PRINCIPAL', '副校长', 'Vice principal', 2),
 ('SAFETY_DIRECTOR', '安全办主任', 'Safety office head', 3),
 ('DEPARTMENT_HEAD', '中层干部', 'Department head', 4),
 ('HEAD_TEACHER', '班主任', 'Head teacher', 5),
 ('TEACHER', '教师', 'Teacher', 6),
 ('GUARD', '保安', 'Guard', 7),
 ('DOCTOR', '校医', 'School doctor', 8),
 ('CANTEEN', '食堂从业人员', 'Canteen staff', 9),
 ('DORMITORY', '宿舍管理员', 'Dormitory keeper', 10),
 ('BUS_DRIVER', '校车驾驶人', 'School-bus driver', 11),
 ('BUS_ESCORT', '随车照管人员', 'School-bus escort', 12),
 ('LOGISTICS', '后勤人员', 'Logistics staff', 13);
