-- audit (等保 L3, 网络安全法 Art. 21): a tamper-evident trail kept at least 6 months (ADR 0020).
--
-- Entries are inserted as before; a sealing job appends each one, in id order (a late commit at the
-- chain's end), to the insert-only seal table with hash = SHA-256(previous hash || canonical entry).
-- Purging removes the oldest part of the chain and records its last hash as an anchor.
create table audit.seal (
    seq       bigint      primary key,
    entry_id  bigint      not null unique,
    hash      bytea       not null check (length(hash) = 32),
    sealed_at timestamptz not null default now()
);

create table audit.anchor (
    seq           bigint      primary key,
    hash          bytea       not null check (length(hash) = 32),
    high_entry    bigint      not null,
    purged_before timestamptz not null,
    purged        bigint      not null,
    purged_at     timestamptz not null default now()
);

-- Nothing changes or removes an audit record, whoever asks, except audit.purge_before, which marks
-- its own transaction. The application's runtime role has no UPDATE/DELETE/TRUNCATE privilege
-- anyway; this guard also holds for the owner and for a superuser who forgets.
create function audit.refuse_change() returns trigger
language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('audit.purging', true) = 'on' then
        return old;
    end if;
    raise exception 'audit records cannot be changed or removed (%, %.%)', tg_op, tg_table_schema, tg_table_name
        using errcode = '42501';
end $$;

create trigger audit_entry_refuse_change before update or delete on audit.entry
    for each row execute function audit.refuse_change();
create trigger audit_entry_refuse_truncate before truncate on audit.entry
    for each statement execute function audit.refuse_change();
create trigger audit_seal_refuse_change before update or delete on audit.seal
    for each row execute function audit.refuse_change();
create trigger audit_seal_refuse_truncate before truncate on audit.seal
    for each statement execute function audit.refuse_change();
create trigger audit_anchor_refuse_change before update or delete on audit.anchor
    for each row execute function audit.refuse_change();
create trigger audit_anchor_refuse_truncate before truncate on audit.anchor
    for each statement execute function audit.refuse_change();

-- Removes the sealed entries older than the cutoff: the longest beginning of the chain whose entries are
-- all older, so what remains is still one unbroken chain from the anchor recorded here. Refuses a cutoff
-- newer than 6 months (the legal minimum) whatever the caller's setting says. Runs with its owner's rights,
-- so the application needs only EXECUTE on it, not DELETE on the tables. Answers the entries removed.
create function audit.purge_before(cutoff timestamptz) returns bigint
language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    last_seq  bigint;
    last_hash bytea;
    first_kept bigint;
    removed   bigint;
    high      bigint;
begin
    if cutoff is null or cutoff > clock_timestamp() - interval '6 months' then
        raise exception 'audit records are kept at least 6 months; cutoff % is too recent', cutoff
            using errcode = '22023';
    end if;
    -- the sealing job's lock: no seal is appended while the chain's beginning is cut
    perform pg_advisory_xact_lock(hashtext('audit.seal'));
    select s.seq into first_kept
      from audit.seal s left join audit.entry e on e.id = s.entry_id
     where e.id is null or e.at >= cutoff
     order by s.seq limit 1;
    if first_kept is null then
        select max(seq) into last_seq from audit.seal;
    else
        last_seq := first_kept - 1;
    end if;
    select s.hash into last_hash from audit.seal s where s.seq = last_seq;
    if last_hash is null then
        return 0;
    end if;
    select max(s.entry_id) into high from audit.seal s where s.seq <= last_seq;
    perform set_config('audit.purging', 'on', true);
    delete from audit.entry e using audit.seal s where s.entry_id = e.id and s.seq <= last_seq;
    get diagnostics removed = row_count;
    delete from audit.seal s where s.seq <= last_seq;
    perform set_config('audit.purging', 'off', true);
    insert into audit.anchor (seq, hash, high_entry, purged_before, purged)
    values (last_seq, last_hash, high, cutoff, removed);
    return removed;
end $$;
