-- security: a school's security facilities behind the "三个100%" requirements.
create schema if not exists security;

create table security.school_facilities (
    school_id            bigint      primary key,
    region_code          varchar(9)  not null,
    closed_management    boolean     not null default false,
    one_button_alarm     boolean     not null default false,
    alarm_linked_police  boolean     not null default false,
    video_surveillance   boolean     not null default false,
    video_retention_days integer     not null default 0 check (video_retention_days between 0 and 3650),
    updated_by           varchar(64) not null default '',
    updated_at           timestamptz not null default now()
);
create index facilities_region_idx on security.school_facilities (region_code text_pattern_ops);
