-- meetings_forum_status_idx may exist already: the day-of rules created it by hand.
CREATE INDEX "meeting_requests_forum_status_idx" ON "meeting_requests" USING btree ("forum_id","status");--> statement-breakpoint
CREATE INDEX "meetings_table_idx" ON "meetings" USING btree ("table_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "meetings_forum_status_idx" ON "meetings" USING btree ("forum_id","status");--> statement-breakpoint
CREATE INDEX "slots_forum_day_idx" ON "slots" USING btree ("forum_id","day","starts_at");