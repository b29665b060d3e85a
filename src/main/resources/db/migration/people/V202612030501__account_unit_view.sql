-- The school or region each account works in, so the audit trail can say where the person
-- who acted belongs (a name, not an account number).
-- published view
create view people.account_unit as
select a.id as account_id, a.school_id, a.region_code from people.account a;
