-- Raises data_stamp once per transaction that changes a stamped table. The trigger is
-- deferred to the commit, so the row's lock is held for the commit alone; the raise becomes
-- visible together with the change, never before it.
INSERT INTO data_stamp (singleton, version) VALUES (true, 0);
--> statement-breakpoint
CREATE FUNCTION raise_data_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('passerelle.data_stamp_raised', true) IS DISTINCT FROM 'yes' THEN
    PERFORM set_config('passerelle.data_stamp_raised', 'yes', true);
    UPDATE data_stamp SET version = version + 1;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Every table but the logs and queues no participant's page shows, and the day-of records
-- only the console shows (lib/page-cache/unstamped-tables.ts says why; a test holds the two
-- lists together and fails on a new table in neither).
DO $$
DECLARE
  t text;
BEGIN
  FOR t IN
    SELECT tablename FROM pg_tables
    WHERE schemaname = 'public'
      AND tablename NOT IN ('data_stamp', 'audit_log', 'email_outbox', 'sent_notices', 'schedule_changes',
                            'check_ins', 'meeting_attendance', 'meeting_outcomes')
  LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION raise_data_stamp()',
      t || '_data_stamp', t);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION raise_data_stamp()',
      t || '_data_stamp_truncate', t);
  END LOOP;
END;
$$;
