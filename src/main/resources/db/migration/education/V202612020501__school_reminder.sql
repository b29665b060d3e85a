-- When a bureau last reminded a school of a campaign: the claim that makes repeated
-- clicks (on any instance) remind each school once per REMINDER_MIN_INTERVAL_HOURS.
create schema if not exists education;

create table education.school_reminder (
    campaign_id bigint      not null,
    school_id   bigint      not null,
    reminded_at timestamptz not null,
    primary key (campaign_id, school_id)
);
