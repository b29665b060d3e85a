-- The school-year roll-over: a grade row is a cohort (entry_year); each year it moves up one place and
-- takes the next grade's name, and the top grade graduates, renamed after its graduation year ("2026届")
-- and kept for history. school_year_advance makes the roll-over happen once per school and school year.
alter table org.grade add column graduated_year integer;

create table org.school_year_advance (
    school_id        bigint      not null references org.school (id) on delete cascade,
    school_year      varchar(9)  not null,
    advanced_at      timestamptz not null default now(),
    advanced_by      varchar(64) not null,
    promoted_classes integer     not null,
    graduated_grade  bigint,
    new_grade        bigint,
    primary key (school_id, school_year)
);
