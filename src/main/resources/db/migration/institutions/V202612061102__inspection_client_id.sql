-- An inspection sent from a phone that kept it offline carries the id the phone made for it
-- (ADR 0048): a resend is recognised and answered with the inspection already stored. Null for
-- inspections entered at a desk or through the JSON API (nulls never conflict).
alter table institutions.inspection add column client_id uuid unique;
