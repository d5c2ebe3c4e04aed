-- Raises a table's row in data_versions once per transaction that changes it. The trigger is
-- deferred to the commit, so the row's lock is held for the commit alone and concurrent
-- bookings do not queue behind each other's whole transaction; the raise becomes visible
-- together with the change, never before it.
CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  flag text := 'passerelle.data_version_' || TG_TABLE_NAME;
BEGIN
  IF current_setting(flag, true) IS DISTINCT FROM 'raised' THEN
    PERFORM set_config(flag, 'raised', true);
    INSERT INTO data_versions AS d (table_name, version) VALUES (TG_TABLE_NAME, 1)
      ON CONFLICT (table_name) DO UPDATE SET version = d.version + 1;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Every table but the logs and queues no participant's page shows, and the day-of records
-- only the console and the badge page show (lib/page-cache/unstamped-tables.ts says why;
-- a test holds the two lists together and fails on a new table in neither).
DO $$
DECLARE
  t text;
BEGIN
  FOR t IN
    SELECT tablename FROM pg_tables
    WHERE schemaname = 'public'
      AND tablename NOT IN ('data_versions', 'audit_log', 'email_outbox', 'sent_notices', 'schedule_changes',
                            'check_ins', 'meeting_attendance', 'meeting_outcomes')
  LOOP
    INSERT INTO data_versions (table_name) VALUES (t);
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_data_version()',
      t || '_data_version', t);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()',
      t || '_data_version_truncate', t);
  END LOOP;
END;
$$;
