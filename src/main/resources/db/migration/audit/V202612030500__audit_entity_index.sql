-- The audit page names each entry's object by the latest entry about the same object that
-- carried its name or title (a hazard's status change carries only the status).
create index audit_entity_idx on audit.entry (entity_type, entity_id, id desc);
