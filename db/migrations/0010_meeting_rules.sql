-- What must always hold for meetings, enforced here whatever the code does:
-- slots of a forum never overlap; a table hosts one meeting at a time; a delegate sits in
-- one meeting at a time; a request has at most one live meeting; no meeting in a slot one
-- of its delegates blocked, and no block over a delegate's meeting.
ALTER TABLE slots ADD CONSTRAINT slots_no_overlap EXCLUDE USING gist (forum_id WITH =, during WITH &&);
--> statement-breakpoint
ALTER TABLE meetings ADD CONSTRAINT meetings_table_free EXCLUDE USING gist (table_id WITH =, during WITH &&) WHERE (status <> 'cancelled');
--> statement-breakpoint
ALTER TABLE meeting_attendees ADD CONSTRAINT meeting_attendees_one_at_a_time EXCLUDE USING gist (user_id WITH =, during WITH &&) WHERE (active);
--> statement-breakpoint
CREATE UNIQUE INDEX meetings_one_live_per_request_key ON meetings (request_id) WHERE status <> 'cancelled';
--> statement-breakpoint
CREATE FUNCTION meetings_sync_attendees() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE meeting_attendees SET active = (NEW.status <> 'cancelled') WHERE meeting_id = NEW.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER meetings_sync_attendees AFTER UPDATE OF status ON meetings
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION meetings_sync_attendees();
--> statement-breakpoint
-- Both checks lock the delegate's row first, so a booking and a block racing for one
-- delegate are taken one after the other and the second sees the first.
CREATE FUNCTION meeting_attendees_respect_blocks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT NEW.active THEN
    RETURN NEW;
  END IF;
  PERFORM 1 FROM users WHERE id = NEW.user_id FOR NO KEY UPDATE;
  IF EXISTS (SELECT 1 FROM unavailabilities u WHERE u.user_id = NEW.user_id AND u.during && NEW.during) THEN
    RAISE EXCEPTION 'delegate % is unavailable then', NEW.user_id USING ERRCODE = 'PA002';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER meeting_attendees_respect_blocks BEFORE INSERT OR UPDATE ON meeting_attendees
  FOR EACH ROW EXECUTE FUNCTION meeting_attendees_respect_blocks();
--> statement-breakpoint
CREATE FUNCTION unavailabilities_respect_meetings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM users WHERE id = NEW.user_id FOR NO KEY UPDATE;
  IF EXISTS (SELECT 1 FROM meeting_attendees a WHERE a.user_id = NEW.user_id AND a.active AND a.during && NEW.during) THEN
    RAISE EXCEPTION 'delegate % has a meeting then', NEW.user_id USING ERRCODE = 'PA003';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER unavailabilities_respect_meetings BEFORE INSERT OR UPDATE ON unavailabilities
  FOR EACH ROW EXECUTE FUNCTION unavailabilities_respect_meetings();
--> statement-breakpoint
-- A block's time is its slot's time.
ALTER TABLE unavailabilities ADD CONSTRAINT unavailabilities_slot_time_fk FOREIGN KEY (slot_id, during)
  REFERENCES slots (id, during) ON UPDATE CASCADE ON DELETE CASCADE;
