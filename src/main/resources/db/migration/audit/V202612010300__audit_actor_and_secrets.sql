-- audit: who acted is kept as it was at the time (display name and role), not looked up later when the
-- account may have been renamed or given another role; entries are filtered by kind of entity.
alter table audit.entry add column display_name varchar(100) not null default '';
alter table audit.entry add column role varchar(30) not null default '';
create index audit_kind_idx on audit.entry (entity_type, at desc);

-- Secrets are never kept: keys naming a password, hash, token, secret or salt are removed from entries
-- written before the trail filtered them (the same rule as AuditSecrets).
update audit.entry
   set before = (select coalesce(jsonb_object_agg(k, v), '{}'::jsonb) from jsonb_each(before) b(k, v)
                  where not (k ~* '^(password|passwd|pwd)|(hash|secret|token|salt)$'))
 where exists (select 1 from jsonb_object_keys(before) k where k ~* '^(password|passwd|pwd)|(hash|secret|token|salt)$');
update audit.entry
   set after = (select coalesce(jsonb_object_agg(k, v), '{}'::jsonb) from jsonb_each(after) a(k, v)
                 where not (k ~* '^(password|passwd|pwd)|(hash|secret|token|salt)$'))
 where exists (select 1 from jsonb_object_keys(after) k where k ~* '^(password|passwd|pwd)|(hash|secret|token|salt)$');
