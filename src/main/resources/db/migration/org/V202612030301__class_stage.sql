-- The school stage (学段) of every class still at school, for education's campaigns targeted by stage and its
-- lessons shown stage first (issue 10). A school of one stage gives it to all its classes; a 九年一贯制 or
-- 十二年一贯制 school splits by grade: 一…六年级 小学, 七…九年级 and 初一…初三 初中, 高一…高三 高中 (by the
-- grade's place where its name says nothing). Graduated grades are left out.
-- published view
create view org.class_stage as
select c.id as class_id, c.school_id, s.region_code,
       case s.type
           when 'NINE_YEAR' then case when g.name ~ '^(七|八|九)年级|^初' or (g.name !~ '^(一|二|三|四|五|六)年级' and g.seq > 6)
                                      then 'JUNIOR' else 'PRIMARY' end
           when 'TWELVE_YEAR' then case when g.name like '高%' or (g.name !~ '年级|^初' and g.seq > 9) then 'SENIOR'
                                        when g.name ~ '^(七|八|九)年级|^初' or (g.name !~ '^(一|二|三|四|五|六)年级' and g.seq > 6)
                                        then 'JUNIOR' else 'PRIMARY' end
           else s.type
       end as stage
from org.school_class c join org.grade g on g.id = c.grade_id join org.school s on s.id = c.school_id
where g.graduated_year is null;
