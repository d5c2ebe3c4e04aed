ALTER TABLE "agenda_sessions" ALTER COLUMN "speakers" SET DEFAULT '{}'::jsonb;--> statement-breakpoint
-- Speakers were one list, written in the forum's default language, French.
UPDATE "agenda_sessions" SET "speakers" = CASE WHEN jsonb_array_length("speakers") = 0 THEN '{}'::jsonb ELSE jsonb_build_object('fr', "speakers") END WHERE jsonb_typeof("speakers") = 'array';--> statement-breakpoint
-- The update's deferred data-stamp triggers run now: a table with pending trigger events cannot be altered.
SET CONSTRAINTS ALL IMMEDIATE;--> statement-breakpoint
ALTER TABLE "agenda_sessions" ADD CONSTRAINT "agenda_sessions_speakers_by_language" CHECK (jsonb_typeof("agenda_sessions"."speakers") = 'object');