-- The figures behind the computed indicators other than the hazard ledger's (ADR 0058), per
-- indicator kind: {"DRILL_COMPLIANCE": [met, due], "ACCIDENTS": [general, larger, major, especially], …}.
alter table assessment.school_score add column figures jsonb not null default '{}';
