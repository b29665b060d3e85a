-- audit: every sign-in attempt and every change — who, when, from where, what, before/after.
create schema if not exists audit;

create table audit.entry (
    id          bigserial   primary key,
    at          timestamptz not null default now(),
    account_id  bigint,
    username    varchar(64) not null default '',
    ip          varchar(64) not null default '',
    action      varchar(30) not null,
    entity_type varchar(40) not null,
    entity_id   varchar(80) not null,
    region_code varchar(9),
    school_id   bigint,
    before      jsonb       not null default '{}',
    after       jsonb       not null default '{}'
);
create index audit_at_idx on audit.entry (at desc);
create index audit_region_idx on audit.entry (region_code text_pattern_ops, at desc);
create index audit_school_idx on audit.entry (school_id, at desc);
