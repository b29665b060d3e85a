-- Notices between installations, continued (ADR 0067): how many installations below a bureau's
-- notice was relayed to when it was sent, so that its page says so beside its own recipients. A
-- notice matching nobody here may be sent when it is relayed below (0 units, n installations).
alter table notice.notice add column installations_below integer not null default 0;
