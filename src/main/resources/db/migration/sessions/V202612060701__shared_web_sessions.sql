-- Web sessions in PostgreSQL (Spring Session JDBC, schema of spring-session-jdbc 4.1, ADR 0046): every
-- instance behind a load balancer reads the same sessions, so a request may land on any of them and an
-- instance that dies signs nobody out. Attributes are the serialised values of the session (the security
-- context, the CSRF token, flash messages); expired rows are deleted by every instance's cleanup job.
create schema if not exists sessions;

create table sessions.spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create unique index spring_session_ix1 on sessions.spring_session (session_id);
create index spring_session_ix2 on sessions.spring_session (expiry_time);
create index spring_session_ix3 on sessions.spring_session (principal_name);

create table sessions.spring_session_attributes (
    session_primary_id char(36)     not null references sessions.spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
