-- 县级工作要求: what a bureau below the issuer (a city, a county) adds to a warning on its way down to
-- its schools: its own instructions, an optional earlier deadline and an attachment (a file of the
-- file module, by id). Its schools read them under the warning, from the top down.
create table warning.instruction (
    id            bigserial     primary key,
    warning_id    bigint        not null references warning.warning (id) on delete cascade,
    prefix        varchar(9)    not null,
    unit_name     varchar(64)   not null,
    text          varchar(2000) not null,
    due_at        timestamptz,
    file_id       uuid,
    file_name     varchar(200)  not null default '',
    added_by      bigint        not null,
    added_by_name varchar(64)   not null,
    added_at      timestamptz   not null
);
create index instruction_warning_idx on warning.instruction (warning_id, prefix text_pattern_ops);
