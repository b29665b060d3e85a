-- people: account administration. A partner department's account lists the kinds of data shared with it
-- (cn.xiaoan.shared.DataKind names, comma-separated); empty for every other role. The police liaisons created
-- before data kinds existed keep what they saw: school information and security staffing.
-- A staff member moving to another school keeps their row (and id); each move is written down here.
create schema if not exists people;

alter table people.account add column data_kinds varchar(200) not null default '';
update people.account set data_kinds = 'SCHOOL_BASIC,SECURITY' where role = 'POLICE_LIAISON';

create table people.staff_transfer (
    id               bigserial    primary key,
    staff_id         bigint       not null references people.staff (id) on delete cascade,
    from_school_id   bigint       not null,
    from_region_code varchar(9)   not null,
    to_school_id     bigint       not null,
    to_region_code   varchar(9)   not null,
    reason           varchar(200) not null,
    by_account_id    bigint       not null,
    by_username      varchar(64)  not null,
    transferred_at   timestamptz  not null default now()
);
create index staff_transfer_staff_idx on people.staff_transfer (staff_id, transferred_at);
create index staff_transfer_from_idx on people.staff_transfer (from_school_id);
create index staff_transfer_to_idx on people.staff_transfer (to_school_id);
