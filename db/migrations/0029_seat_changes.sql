ALTER TABLE "schedule_changes" DROP CONSTRAINT "schedule_changes_kind";--> statement-breakpoint
ALTER TABLE "schedule_changes" ADD COLUMN "seat_user_id" uuid;--> statement-breakpoint
ALTER TABLE "schedule_changes" ADD CONSTRAINT "schedule_changes_seat_user_id_users_id_fk" FOREIGN KEY ("seat_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_changes" ADD CONSTRAINT "schedule_changes_seat_user" CHECK (("schedule_changes"."kind" in ('seated', 'unseated')) = ("schedule_changes"."seat_user_id" is not null));--> statement-breakpoint
ALTER TABLE "schedule_changes" ADD CONSTRAINT "schedule_changes_kind" CHECK ("schedule_changes"."kind" in ('moved', 'cancelled', 'published', 'seated', 'unseated'));