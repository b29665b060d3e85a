-- hazard: the supervising bureau hears once that a supervised hazard ran past its deadline
-- (the job claims the row by setting this, so two instances never both tell it).
alter table hazard.supervision add column overdue_told_at timestamptz;

-- A verdict of 验收 was written as "ACCEPTED <note>" / "REJECTED <note>", and a grade as its
-- code: the history now keeps message keys, so old rows show in the reader's language too.
update hazard.transition set note_key = 'hazard.history.accepted', note_args = array[trim(substr(note, 9))], note = ''
where note_key is null and note like 'ACCEPTED%';
update hazard.transition set note_key = 'hazard.history.rejected', note_args = array[trim(substr(note, 9))], note = ''
where note_key is null and note like 'REJECTED%';
update hazard.transition set note_key = 'hazard.grade.' || note, note_args = '{}', note = ''
where note_key is null and note in ('GENERAL', 'MAJOR');
