-- Read-only views people publishes for other modules: which students a class has (education assigns homework
-- to every student of a class and lists them by number and name), and which accounts hear about a student
-- (the student's own and their parents'; notification addresses homework notices with it). No ID-card
-- numbers, no phones.

-- published view
create view people.class_roster as
select s.id as student_id, s.class_id, s.school_id, s.region_code, s.student_no, s.name
from people.student s;

-- published view
create view people.student_account as
select a.person_id as student_id, a.id as account_id, a.role from people.account a where a.role = 'STUDENT'
union all
select g.student_id, a.id, a.role
from people.student_guardian g join people.account a on a.person_id = g.guardian_id and a.role = 'PARENT';
