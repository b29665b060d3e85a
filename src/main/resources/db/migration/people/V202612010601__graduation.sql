-- Graduated students leave the active lists but keep their records: graduated_in is the school year they
-- finished ("2025-2026"), null while they are at school.
alter table people.student add column graduated_in varchar(9);
