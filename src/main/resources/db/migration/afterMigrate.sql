-- After every migration, run as the owner (ADR 0021): the application role may read and write every
-- platform table, but only read and append to the audit trail, and run every function (the audit trail's
-- SECURITY DEFINER purge among them). With one role (placeholder empty) there is nothing to grant.
DO $grants$
DECLARE
    app  text := '${xiaoan_app_role}';
    s    record;
BEGIN
    IF app = '' OR app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    FOR s IN
        SELECT n.nspname FROM pg_namespace n
        WHERE n.nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
          AND n.nspname NOT LIKE 'pg\_%' AND n.nspname NOT IN ('information_schema', 'public')
    LOOP
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s.nspname, app);
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', s.nspname, app);
        IF s.nspname = 'audit' THEN
            EXECUTE format('GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA %I TO %I', s.nspname, app);
        ELSE
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', s.nspname, app);
            -- ANALYZE and VACUUM after bulk loads (PostgreSQL 17 and later; before, a non-owner's is skipped)
            IF current_setting('server_version_num')::int >= 170000 THEN
                EXECUTE format('GRANT MAINTAIN ON ALL TABLES IN SCHEMA %I TO %I', s.nspname, app);
            END IF;
        END IF;
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', s.nspname, app);
        EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA %I TO %I', s.nspname, app);
    END LOOP;
END
$grants$;

-- Every statement planned with its parameters (ADR 0060). The platform's queries filter optionally
-- ("(:school = -1 or school_id = :school)", "region_code like :prefix || '%'"); after five executions of a
-- prepared statement PostgreSQL may switch to a generic plan made without the values, and for a province's
-- campaign rates that plan took 55-125 s instead of 1 s. Kept for the database (every role, every pool,
-- psql); re-applied on every start, so a database restored elsewhere gets it back. An owner who may not
-- alter the database leaves a notice, nothing fails.
DO $plans$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET plan_cache_mode = force_custom_plan', current_database());
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'plan_cache_mode left at its default: %', SQLERRM;
END
$plans$;
