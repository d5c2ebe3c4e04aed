ALTER TABLE "schedule_changes" ADD COLUMN "previous_table_number" integer;--> statement-breakpoint
ALTER TABLE "schedule_changes" ADD COLUMN "by_organiser" boolean DEFAULT false NOT NULL;