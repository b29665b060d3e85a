-- duty: the responsibility lists (责任清单). These tables hold the platform's own catalogue, modelled on the
-- MoE post guide: posts of bureaus and schools with their duties, and the routine and emergency procedures,
-- each a short numbered card. Regions and schools adapt it in tables of their own (later migrations).
create schema if not exists duty;

create table duty.post (
    code     varchar(40) primary key,
    level    varchar(10) not null check (level in ('BUREAU', 'SCHOOL')),
    name_zh  varchar(40) not null,
    name_en  varchar(80) not null,
    -- the staff post (org.post code) whose holders get this duty post by default, if any
    hr_post  varchar(30),
    seq      integer     not null
);

create table duty.post_duty (
    post_code varchar(40)  not null references duty.post (code),
    seq       integer      not null,
    text      varchar(300) not null,
    primary key (post_code, seq)
);

create table duty.procedure (
    code     varchar(40) primary key,
    kind     varchar(10) not null check (kind in ('ROUTINE', 'EMERGENCY')),
    title_zh varchar(40) not null,
    title_en varchar(80) not null,
    seq      integer     not null
);

create table duty.procedure_step (
    procedure_code varchar(40)  not null references duty.procedure (code),
    seq            integer      not null,
    text           varchar(300) not null,
    primary key (procedure_code, seq)
);

-- which posts carry which procedures (a guard carries the intruder card, a head teacher the stampede card…)
create table duty.post_procedure (
    post_code      varchar(40) not null references duty.post (code),
    procedure_code varchar(40) not null references duty.procedure (code),
    primary key (post_code, procedure_code)
);
