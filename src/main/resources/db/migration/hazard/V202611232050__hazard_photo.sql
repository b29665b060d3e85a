-- Photos of a hazard: as found (with the report) and after rectification (with the work done).
create table hazard.photo (
    id          bigserial   primary key,
    hazard_id   bigint      not null references hazard.hazard (id) on delete cascade,
    file_id     uuid        not null,
    kind        varchar(10) not null check (kind in ('FOUND', 'AFTER')),
    uploaded_by bigint,
    uploaded_at timestamptz not null default now()
);
create index photo_hazard_idx on hazard.photo (hazard_id);
