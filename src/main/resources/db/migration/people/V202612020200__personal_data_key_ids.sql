-- Personal data under a key ring (ADR 0015): every ciphertext now starts with a format byte. Values written
-- before carry no key id; mark them 00 (the first format, read with key 1) so that the re-encryption job and
-- its progress count can tell them from 01 | key id apart by their first byte alone.
update people.student set id_card_enc = '\x00'::bytea || id_card_enc where id_card_enc is not null;
update people.staff set phone_enc = '\x00'::bytea || phone_enc where phone_enc is not null;
update people.guardian set phone_enc = '\x00'::bytea || phone_enc where phone_enc is not null;

-- Progress of re-encrypting one column under the current key: resumable from after_id, one row per column.
create table people.key_rotation (
    name         varchar(100) primary key,
    key_id       integer      not null,
    after_id     bigint       not null default 0,
    done         boolean      not null default false,
    reencrypted  bigint       not null default 0,
    updated_at   timestamptz  not null default now()
);
