-- A 约谈's own counter, raised at every change of its state under the row's lock, so the installation above keeps
-- the newest state whatever order the states arrive in (ADR 0077).
alter table assessment.interview add column version int not null default 0;
