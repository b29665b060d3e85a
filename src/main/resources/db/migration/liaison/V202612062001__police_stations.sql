-- Clues routed to one police station (派出所, ADR 0057): each county's stations, the
-- townships and schools each covers (a school named explicitly wins over its township),
-- and the police accounts of each. A clue remembers the station it was routed to; none
-- means the county's police, as before.
create table liaison.police_station (
    id           bigserial primary key,
    county_code  varchar(6)   not null,
    name         varchar(60)  not null,
    address      varchar(200) not null default '',
    phone        varchar(30)  not null default '',
    created_at   timestamptz  not null,
    unique (county_code, name)
);

-- a township (region_code) or one school (school_id), each covered by one station at most
create table liaison.station_area (
    station_id   bigint     not null references liaison.police_station (id) on delete cascade,
    region_code  varchar(9),
    school_id    bigint,
    check ((region_code is null) <> (school_id is null))
);
create unique index station_area_township_idx on liaison.station_area (region_code) where region_code is not null;
create unique index station_area_school_idx on liaison.station_area (school_id) where school_id is not null;
create index station_area_station_idx on liaison.station_area (station_id);

-- a police account belongs to one station at most
create table liaison.station_officer (
    account_id    bigint      primary key,
    station_id    bigint      not null references liaison.police_station (id) on delete cascade,
    username      varchar(64) not null,
    display_name  varchar(50) not null
);
create index station_officer_station_idx on liaison.station_officer (station_id);

alter table liaison.clue add column station_id bigint references liaison.police_station (id) on delete set null;
alter table liaison.clue add column station_name varchar(60);
create index clue_station_idx on liaison.clue (station_id, forwarded_at desc) where station_id is not null;
