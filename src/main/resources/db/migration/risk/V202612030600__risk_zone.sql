-- risk: zones of the four-colour map, named polygons on the campus plan (a building, a yard, the
-- canteen). The corners are in percent of the plan's width and height, "x,y x,y ..."; a zone is
-- coloured by the highest level of the risk points placed inside it.
create table risk.zone (
    id          bigserial     primary key,
    school_id   bigint        not null,
    region_code varchar(9)    not null,
    name        varchar(30)   not null,
    outline     varchar(1000) not null,
    created_by  varchar(64)   not null,
    created_at  timestamptz   not null default now()
);
create index zone_school_idx on risk.zone (school_id);
