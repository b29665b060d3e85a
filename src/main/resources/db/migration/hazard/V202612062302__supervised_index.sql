-- The hazards under 督办 still open, counted on every bureau's home page and ledger (LedgerQuery.SUPERVISED):
-- a handful among a province's million, which without an index meant reading them all (issue 16).
create index hazard_supervised_idx on hazard.hazard (region_code text_pattern_ops, school_id)
    where supervised_by_level is not null and status <> 'CLOSED';
