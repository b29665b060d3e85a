-- Key patrol dates a bureau sets for its region (端午, a flood warning week), beside holidays and
-- weekends (ADR 0039): inherited down the region tree, so a county's dates hold for every township
-- below it. region_prefix is the bureau's scope prefix ("4504", "450422", "450422100").
create table waters.patrol_date (
    id            bigserial primary key,
    region_prefix varchar(12)  not null,
    name          varchar(50)  not null,
    starts_on     date         not null,
    ends_on       date         not null,
    created_by    bigint       not null,
    created_at    timestamptz  not null,
    check (ends_on >= starts_on)
);
create index patrol_date_idx on waters.patrol_date (starts_on, ends_on);
