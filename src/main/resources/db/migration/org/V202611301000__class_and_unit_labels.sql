-- Read-only views org publishes for other modules (education's homework, rates and generator, people's
-- generator): what a class or a unit of the region tree is called and where it stands. Other modules read
-- these and never org's tables (SchemaOwnershipTests).

-- A class with its grade and its school's region; name is what a page shows ("三年级2班").
-- published view
create view org.class_label as
select c.id as class_id, c.school_id, s.region_code, g.seq as grade_seq, g.name || c.name as name
from org.school_class c join org.grade g on g.id = c.grade_id join org.school s on s.id = c.school_id;

-- The name of a region (kind 'R', by code), a school ('S', by id) or a class ('C', by id). Ask with the kind
-- and the key together, e.g. (kind = 'S' and id = any(?)), so each branch keeps its primary-key index.
-- published view
create view org.unit_label as
select 'R'::text as kind, r.code, null::bigint as id, r.name from org.region r
union all
select 'S', null, s.id, s.name from org.school s
union all
select 'C', null, c.id, g.name || c.name from org.school_class c join org.grade g on g.id = c.grade_id;
