-- policy: overrides of national defaults by a province, city or county, with who, when and why.
create schema if not exists policy;

create table policy.override (
    id           bigserial    primary key,
    setting_key  varchar(60)  not null,
    region_code  varchar(9)   not null,
    value        varchar(100) not null,
    legal_basis  varchar(300) not null,
    set_by       varchar(64)  not null,
    set_at       timestamptz  not null default now(),
    unique (setting_key, region_code)
);
