-- Any pending deferred data-stamp events run now: a table with pending trigger events cannot be altered.
SET CONSTRAINTS ALL IMMEDIATE;--> statement-breakpoint
-- A person checks in once a day of the forum, not once a forum: the second day's arrivals were lost.
ALTER TABLE "check_ins" ADD COLUMN "day" date DEFAULT current_date NOT NULL;--> statement-breakpoint
-- The day in the forum's own time zone, whatever the server's.
CREATE FUNCTION check_ins_set_day() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.day := (NEW.checked_in_at AT TIME ZONE (SELECT f.time_zone FROM forums AS f WHERE f.id = NEW.forum_id))::date;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER check_ins_day
BEFORE INSERT OR UPDATE OF checked_in_at, forum_id ON check_ins
FOR EACH ROW EXECUTE FUNCTION check_ins_set_day();--> statement-breakpoint
ALTER TABLE "check_ins" DROP CONSTRAINT "check_ins_forum_id_user_id_pk";--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_forum_id_user_id_day_pk" PRIMARY KEY("forum_id","user_id","day");--> statement-breakpoint
-- Last, as it queues the deferred triggers' events, and the rows already there take their day.
UPDATE "check_ins" SET "checked_in_at" = "checked_in_at";
