-- Import problems are bounded (the first 200 listed, all counted) and hold no plaintext
-- personal data (ADR 0018). Problem lists stored before this held full ID numbers,
-- student numbers and phones; they are dropped, keeping only how many there were.
alter table people.import_job add column problem_count bigint not null default 0;

update people.import_job
set problem_count = array_length(regexp_split_to_array(trim(trailing E'\n' from problems), E'\n'), 1),
    problems = ''
where problems <> '';
