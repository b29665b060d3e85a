-- Rescue-skill trainings of a school's staff (issue 14, ADR 0039): who was trained,
-- when, in what, by whom, and until when the certificate is valid.
create table waters.training (
    id bigserial primary key,
    school_id bigint not null,
    region_code varchar(12) not null,
    school_name varchar(200) not null,
    trained_on date not null,
    kind varchar(20) not null,
    trainer varchar(200) not null,
    hours numeric(5, 1) not null,
    certificate_no varchar(100),
    valid_until date,
    photo_id uuid,
    recorded_by bigint,
    recorded_at timestamptz not null default now()
);

create index training_school on waters.training (school_id, trained_on desc);

create table waters.training_staff (
    training_id bigint not null references waters.training (id) on delete cascade,
    staff_id bigint not null,
    staff_name varchar(100) not null,
    primary key (training_id, staff_id)
);

create index training_staff_staff on waters.training_staff (staff_id);
