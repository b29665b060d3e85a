-- people: privacy of students (ADR 0014).
-- 1. The stored ID mask keeps the first four digits only: with the school's county and a birth date on screen,
--    the former mask (first four and last four) gave the whole number back.
update people.student set id_card_masked = left(id_card_masked, 4) || repeat('*', length(id_card_masked) - 4)
where length(id_card_masked) > 4;

-- 2. A school enrolling a student whose ID or student number another school outside its scope holds gets the
--    same answer as for a new number: the row is a claim until the holding school answers a transfer request.
--    Numbers stay unique among rows that are not claims.
alter table people.student add column claim_pending boolean not null default false;
alter table people.student drop constraint student_student_no_key;
alter table people.student drop constraint student_id_card_hash_key;
create unique index student_no_unique on people.student (student_no) where not claim_pending;
create unique index student_id_card_unique on people.student (id_card_hash) where not claim_pending;
create index student_id_card_claims_idx on people.student (id_card_hash) where claim_pending;

create table people.student_transfer_request (
    id               bigserial   primary key,
    student_id       bigint      not null references people.student (id) on delete cascade,
    claim_id         bigint      not null references people.student (id) on delete cascade,
    from_school_id   bigint      not null,
    from_region_code varchar(9)  not null,
    to_school_id     bigint      not null,
    to_region_code   varchar(9)  not null,
    to_school_name   varchar(100) not null,
    matched_on       varchar(10) not null check (matched_on in ('ID_CARD', 'STUDENT_NO')),
    status           varchar(10) not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'REFUSED')),
    requested_by     varchar(64) not null,
    requested_at     timestamptz not null default now(),
    answered_by      varchar(64),
    answered_at      timestamptz
);
create index student_transfer_request_from_idx on people.student_transfer_request (from_school_id, status);
create index student_transfer_request_to_idx on people.student_transfer_request (to_school_id);

-- 3. Leaving and anonymisation: a student who left (graduated, transferred out, dropped out) keeps a row for the
--    statistics; after the retention period name, numbers, birth day and guardians are removed.
alter table people.student add column left_on date;
alter table people.student add column left_reason varchar(20)
    check (left_reason in ('GRADUATED', 'TRANSFERRED_OUT', 'DROPPED_OUT'));
alter table people.student add column anonymised_at timestamptz;
update people.student set left_on = make_date(cast(right(graduated_in, 4) as int), 7, 1), left_reason = 'GRADUATED'
where graduated_in is not null and graduated_in ~ '^\d{4}-\d{4}$';
create index student_left_idx on people.student (left_on) where left_on is not null and anonymised_at is null;

-- 4. Guardian consent for a child under 14 (PIPL Art. 31): who gave or withdrew it, how and when.
create table people.guardian_consent (
    id           bigserial   primary key,
    student_id   bigint      not null references people.student (id) on delete cascade,
    guardian     varchar(50) not null,
    relation     varchar(10) not null,
    method       varchar(10) not null check (method in ('PAPER', 'IN_APP')),
    given        boolean     not null,
    recorded_by  varchar(64) not null,
    recorded_at  timestamptz not null default now()
);
create index guardian_consent_student_idx on people.guardian_consent (student_id, recorded_at);
