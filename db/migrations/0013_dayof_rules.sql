-- A meeting missed (no-show) no longer holds its table, its delegates or its request: only
-- scheduled and held meetings do, so the slot can be booked again.
ALTER TABLE meetings DROP CONSTRAINT meetings_table_free;
--> statement-breakpoint
ALTER TABLE meetings ADD CONSTRAINT meetings_table_free EXCLUDE USING gist (table_id WITH =, during WITH &&) WHERE (status in ('scheduled', 'held'));
--> statement-breakpoint
DROP INDEX meetings_one_live_per_request_key;
--> statement-breakpoint
CREATE UNIQUE INDEX meetings_one_live_per_request_key ON meetings (request_id) WHERE status in ('scheduled', 'held');
--> statement-breakpoint
CREATE OR REPLACE FUNCTION meetings_sync_attendees() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE meeting_attendees SET active = (NEW.status in ('scheduled', 'held')) WHERE meeting_id = NEW.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- An outcome belongs to one side of a meeting that was held.
CREATE FUNCTION meeting_outcomes_of_a_side() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM meetings m
    WHERE m.id = NEW.meeting_id AND m.status = 'held' AND NEW.company_id in (m.company_a_id, m.company_b_id)
  ) THEN
    RAISE EXCEPTION 'company % is not a side of held meeting %', NEW.company_id, NEW.meeting_id USING ERRCODE = 'PA004';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER meeting_outcomes_of_a_side BEFORE INSERT OR UPDATE ON meeting_outcomes
  FOR EACH ROW EXECUTE FUNCTION meeting_outcomes_of_a_side();
--> statement-breakpoint
CREATE INDEX meeting_outcomes_company_idx ON meeting_outcomes (company_id);
--> statement-breakpoint
CREATE INDEX meetings_forum_status_idx ON meetings (forum_id, status);
