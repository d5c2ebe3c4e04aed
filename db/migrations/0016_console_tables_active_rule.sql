-- A scheduled meeting sits only at an enabled table (held ones stay where they were held). The check takes a share lock on the table's
-- row, so a booking and the disabling of its table are taken one after the other: either the
-- booking lands first and the organiser sees it among the table's meetings, or the table is
-- disabled first and the booking is refused.
CREATE FUNCTION meetings_need_active_table() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status <> 'scheduled' THEN
    RETURN NEW;
  END IF;
  PERFORM 1 FROM meeting_tables WHERE id = NEW.table_id AND active FOR SHARE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'table % is disabled', NEW.table_id USING ERRCODE = 'PA004';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER meetings_need_active_table BEFORE INSERT OR UPDATE OF table_id, slot_id, status ON meetings
  FOR EACH ROW EXECUTE FUNCTION meetings_need_active_table();
