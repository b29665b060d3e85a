-- analytics: the archive of quarterly and yearly reports of a region (PDF and workbook), which the
-- bureaus above read by region-code prefix.
create schema if not exists analytics;

create table analytics.report (
    id              bigserial    primary key,
    region_code     varchar(6)   not null,
    period_key      varchar(10)  not null,
    period_from     date         not null,
    period_to       date         not null,
    unit_name       varchar(100) not null,
    pdf             bytea        not null,
    xlsx            bytea        not null,
    created_by      bigint,
    created_by_name varchar(64)  not null,
    created_at      timestamptz  not null
);
create index report_region_idx on analytics.report (region_code text_pattern_ops, created_at desc);
