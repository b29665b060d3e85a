-- Issue 10. A campaign may target school stages (学段: 'PRIMARY', 'JUNIOR', …; empty = every stage); its rates
-- count the targeted classes only (org.class_stage), whether or not their school has assigned it yet.
alter table education.campaign add column stages varchar(20)[] not null default '{}';

-- Every one-click reminder of a campaign's rates page, so the page can tell when the last one went out, by
-- whom, to how many, and until when the next is held back (the per-school and per-student cooldowns stay in
-- education.school_reminder and education.assignment.reminded_at).
create table education.reminder_log (
    id          bigserial   primary key,
    campaign_id bigint      not null references education.campaign (id) on delete cascade,
    unit        varchar(20) not null,
    kind        varchar(12) not null check (kind in ('BEHIND', 'UNASSIGNED', 'STUDENTS')),
    sent_at     timestamptz not null default now(),
    sent_by     bigint      not null,
    sent_by_name varchar(50) not null,
    recipients  integer     not null
);
create index reminder_log_unit_idx on education.reminder_log (campaign_id, unit, sent_at desc);
