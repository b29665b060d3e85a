-- file: uploaded photos and documents, kept on disk (or object storage) and described here with the
-- school or region they belong to, so every download checks the reader's scope.
create schema if not exists file;

create table file.stored_file (
    id           uuid         primary key,
    school_id    bigint,
    region_code  varchar(9)   not null,
    content_type varchar(40)  not null,
    size_bytes   integer      not null,
    sha256       varchar(64)  not null,
    file_name    varchar(200) not null default '',
    created_by   bigint,
    created_at   timestamptz  not null default now()
);
create index stored_file_school_idx on file.stored_file (school_id);
