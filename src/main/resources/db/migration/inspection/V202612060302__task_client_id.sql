-- An inspection signed on a phone that kept it offline (ADR 0043) carries the id the phone generated;
-- a resend of the same id answers the signed task instead of refusing it as already submitted.
alter table inspection.task add column client_id uuid unique;
