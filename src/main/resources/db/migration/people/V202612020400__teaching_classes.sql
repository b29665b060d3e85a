-- Which classes a teacher teaches (任教班级, issue 9): a subject teacher sees and reminds only these classes'
-- homework and rates, a head teacher these and the class they lead. Kept by the school (staff page, staff
-- import, API). A row whose school is no longer the teacher's (after a transfer) counts for nothing.
create table people.teaching_class (
    staff_id    bigint     not null references people.staff (id) on delete cascade,
    class_id    bigint     not null,
    school_id   bigint     not null,
    region_code varchar(9) not null,
    primary key (staff_id, class_id)
);
create index teaching_class_school_idx on people.teaching_class (school_id, class_id);
