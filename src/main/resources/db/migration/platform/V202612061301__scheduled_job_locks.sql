-- Scheduled jobs once per cluster (ADR 0050): a clock job (cron) claims its firing in this table before it runs,
-- the way ShedLock's JDBC provider does. The claim holds until the job is done, and at least a while past the
-- claim, so an instance whose clock or scheduler fires a little later finds the firing taken; an instance that
-- dies mid-job frees it when the claim runs out. Times are the database's clock, never an instance's.
create schema if not exists platform;

create table platform.job_lock (
    name       varchar(200) primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(200) not null
);
