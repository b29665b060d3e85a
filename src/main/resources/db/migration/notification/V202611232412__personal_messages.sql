-- Personal messages (reminders to a student or a parent) next to the role-addressed ones.
alter table notification.message add column audience_account_id bigint;
alter table notification.message drop constraint message_check;
alter table notification.message add constraint message_audience_check
    check (audience_region is not null or audience_school_id is not null or audience_account_id is not null);
create index message_account_idx on notification.message (audience_account_id, created_at desc)
    where audience_account_id is not null;
