-- notification: the in-app inbox. A message is addressed to roles of one bureau (region prefix) or one
-- school, and rendered in the reader's language from a message key and its arguments.
create schema if not exists notification;

create table notification.message (
    id                 bigserial    primary key,
    audience_region    varchar(9),
    audience_school_id bigint,
    audience_roles     varchar(300) not null,
    message_key        varchar(80)  not null,
    args               text[]       not null default '{}',
    link               varchar(200) not null default '',
    created_at         timestamptz  not null default now(),
    check (audience_region is not null or audience_school_id is not null)
);
create index message_region_idx on notification.message (audience_region, created_at desc);
create index message_school_idx on notification.message (audience_school_id, created_at desc);

create table notification.read_mark (
    account_id bigint      not null,
    message_id bigint      not null references notification.message (id) on delete cascade,
    read_at    timestamptz not null default now(),
    primary key (account_id, message_id)
);
