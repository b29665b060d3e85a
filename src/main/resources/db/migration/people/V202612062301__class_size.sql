-- How many students each class has (issue 16), kept as they change rather than counted per view: education's
-- campaign figures count the roll of every targeted class not yet assigned, and a bureau's home page the
-- students at school in its region — counting people.student for those took most of a province official's
-- page under load (400,000 students; 10,000,000 in a province). Kept by statement-level triggers from the rows
-- each statement changed (one grouped upsert per statement, so an import of 100,000 rows costs one upsert
-- per class, not one per row); the scale generator, which loads with triggers off, adds the students it loads
-- in the same statement. Keyed by the class with its school and region as the students carry them.
-- students: every row of people.student (as people.class_roster lists them); at_school: those neither
-- graduated nor left. (An UPDATE trigger with transition tables may not name columns; an update that changes
-- neither class nor school status writes nothing.)
create table people.class_size (
    class_id    bigint     not null,
    school_id   bigint     not null,
    region_code varchar(9) not null,
    students    int        not null,
    at_school   int        not null,
    primary key (class_id, school_id, region_code)
);
create index class_size_region_idx on people.class_size (region_code text_pattern_ops);
insert into people.class_size (class_id, school_id, region_code, students, at_school)
select class_id, school_id, region_code, count(*), count(*) filter (where graduated_in is null and left_on is null)
from people.student group by 1, 2, 3;

create function people.class_size_apply() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into people.class_size as c (class_id, school_id, region_code, students, at_school)
        select class_id, school_id, region_code, count(*), count(*) filter (where graduated_in is null and left_on is null)
        from new_rows group by 1, 2, 3
        on conflict (class_id, school_id, region_code) do update
            set students = c.students + excluded.students, at_school = c.at_school + excluded.at_school;
    elsif tg_op = 'DELETE' then
        update people.class_size c set students = c.students - d.n, at_school = c.at_school - d.a
        from (select class_id, school_id, region_code, count(*) n,
                     count(*) filter (where graduated_in is null and left_on is null) a
              from old_rows group by 1, 2, 3) d
        where c.class_id = d.class_id and c.school_id = d.school_id and c.region_code = d.region_code;
    else
        insert into people.class_size as c (class_id, school_id, region_code, students, at_school)
        select class_id, school_id, region_code, sum(n), sum(a)
        from (select class_id, school_id, region_code, 1 n, (graduated_in is null and left_on is null)::int a from new_rows
              union all
              select class_id, school_id, region_code, -1, -(graduated_in is null and left_on is null)::int from old_rows) m
        group by 1, 2, 3 having sum(n) <> 0 or sum(a) <> 0
        on conflict (class_id, school_id, region_code) do update
            set students = c.students + excluded.students, at_school = c.at_school + excluded.at_school;
    end if;
    return null;
end $$;

create trigger class_size_insert after insert on people.student
    referencing new table as new_rows for each statement execute function people.class_size_apply();
create trigger class_size_delete after delete on people.student
    referencing old table as old_rows for each statement execute function people.class_size_apply();
create trigger class_size_update after update on people.student
    referencing old table as old_rows new table as new_rows for each statement execute function people.class_size_apply();

-- published view
create view people.class_roll as
select class_id, sum(students)::int as students from people.class_size group by class_id having sum(students) > 0;
