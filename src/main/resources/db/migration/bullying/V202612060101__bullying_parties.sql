-- bullying: the parties of a case linked to their student records by the committee, so that a party's
-- family (and the student) can follow the case from their own account and appeal (ADR 0045). The grade is
-- the student's grade when linked: discipline by school stage (中小学教育惩戒规则（试行）第十条) is checked on it.
create table bullying.party (
    case_id      bigint        not null references bullying.bullying_case (id),
    side         varchar(10)   not null,
    student_id   bigint        not null,
    student_name varchar(50)   not null,
    grade_name   varchar(20)   not null default '',
    linked_by    varchar(50)   not null,
    linked_at    timestamptz   not null,
    primary key (case_id, student_id)
);
create index party_student on bullying.party (student_id);

-- An appeal sent by the family (or the student) from their own account, not recorded by the office.
alter table bullying.appeal add column from_family boolean not null default false;
