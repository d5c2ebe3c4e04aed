CREATE TABLE "schedule_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"previous_starts_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"notified_at" timestamp with time zone,
	CONSTRAINT "schedule_changes_kind" CHECK ("schedule_changes"."kind" in ('moved', 'cancelled', 'published'))
);
--> statement-breakpoint
CREATE TABLE "sent_notices" (
	"key" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "forums" ADD COLUMN "request_expiry_days" integer DEFAULT 7;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD COLUMN "reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD COLUMN "expired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "schedule_changes" ADD CONSTRAINT "schedule_changes_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_changes" ADD CONSTRAINT "schedule_changes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_changes" ADD CONSTRAINT "schedule_changes_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "schedule_changes_pending_idx" ON "schedule_changes" USING btree ("user_id","created_at") WHERE "schedule_changes"."notified_at" is null;--> statement-breakpoint
CREATE INDEX "meeting_requests_open_created_idx" ON "meeting_requests" USING btree ("forum_id","created_at") WHERE "meeting_requests"."status" = 'open';--> statement-breakpoint
ALTER TABLE "forums" ADD CONSTRAINT "forums_request_expiry_days_range" CHECK ("forums"."request_expiry_days" is null or "forums"."request_expiry_days" between 1 and 60);