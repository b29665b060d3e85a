-- ADR 0084. A one-click reminder of a region unit also asks the installations below to remind their schools
-- behind: how many mirrored schools it asked about, and which installations, so the page and the log say what
-- was reminded here and what was asked below. A reminder applied here on behalf of the installation above is
-- logged with sent_by 0 and the name of that installation.
alter table education.reminder_log add column asked_below integer not null default 0;
alter table education.reminder_log add column asked_below_from varchar(200);
