-- Spring Modulith's JDBC event publication registry (schema v2 of spring-modulith-events-jdbc 2.1):
-- every event handed to an @ApplicationModuleListener is written here in the publishing transaction
-- and marked complete when the listener has run, so a crash between the two loses nothing (ADR 0008).
create schema if not exists events;

create table events.event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on events.event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on events.event_publication (completion_date);
