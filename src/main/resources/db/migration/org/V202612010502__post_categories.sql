-- Posts fall into teaching and non-teaching staff (issue 8): the guard-staffing rule counts N = teachers +
-- students (公治〔2015〕168号, DOMAIN.md §7), so guards, canteen, dormitory, bus, logistics staff and the school
-- doctor do not count. School leaders and middle managers teach in Chinese primary and secondary schools
-- (校长、副校长、中层干部、安全办主任 hold teaching posts), so they count as teachers.
alter table org.post add column teaching boolean not null default false;
update org.post set teaching = true
where code in ('PRINCIPAL', 'VICE_PRINCIPAL', 'SAFETY_DIRECTOR', 'DEPARTMENT_HEAD', 'HEAD_TEACHER', 'TEACHER');
