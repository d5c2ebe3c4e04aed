CREATE TABLE "announcements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"body" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "badges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"nonce" text NOT NULL,
	"code_hash" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid
);
--> statement-breakpoint
CREATE TABLE "check_ins" (
	"forum_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"checked_in_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_in_by" uuid,
	"method" text NOT NULL,
	CONSTRAINT "check_ins_forum_id_user_id_pk" PRIMARY KEY("forum_id","user_id"),
	CONSTRAINT "check_ins_method" CHECK ("check_ins"."method" in ('scan', 'code', 'name'))
);
--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"meeting_id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"absent" text,
	"marked_by" uuid,
	"marked_by_company_id" uuid,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_attendance_status" CHECK ("meeting_attendance"."status" in ('held', 'no_show')),
	CONSTRAINT "meeting_attendance_absent" CHECK (("meeting_attendance"."status" = 'held' and "meeting_attendance"."absent" is null) or ("meeting_attendance"."status" = 'no_show' and "meeting_attendance"."absent" in ('a', 'b', 'both')))
);
--> statement-breakpoint
CREATE TABLE "forum_goals" (
	"forum_id" uuid PRIMARY KEY NOT NULL,
	"deal_value_goal" numeric(16, 2) NOT NULL,
	"currency" char(3) NOT NULL,
	"rates" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forum_goals_positive" CHECK ("forum_goals"."deal_value_goal" > 0),
	CONSTRAINT "forum_goals_currency" CHECK ("forum_goals"."currency" in ('USD', 'EUR', 'DZD', 'RUB'))
);
--> statement-breakpoint
CREATE TABLE "meeting_outcomes" (
	"meeting_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"estimated_value" numeric(16, 2),
	"currency" char(3),
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_outcomes_meeting_id_company_id_pk" PRIMARY KEY("meeting_id","company_id"),
	CONSTRAINT "meeting_outcomes_kind" CHECK ("meeting_outcomes"."outcome" in ('follow_up', 'mou', 'contract', 'no_interest')),
	CONSTRAINT "meeting_outcomes_value" CHECK ("meeting_outcomes"."estimated_value" is null or "meeting_outcomes"."estimated_value" >= 0),
	CONSTRAINT "meeting_outcomes_currency" CHECK (("meeting_outcomes"."estimated_value" is null) = ("meeting_outcomes"."currency" is null)),
	CONSTRAINT "meeting_outcomes_currency_code" CHECK ("meeting_outcomes"."currency" is null or "meeting_outcomes"."currency" in ('USD', 'EUR', 'DZD', 'RUB')),
	CONSTRAINT "meeting_outcomes_note_length" CHECK ("meeting_outcomes"."note" is null or char_length("meeting_outcomes"."note") <= 2000)
);
--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badges" ADD CONSTRAINT "badges_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badges" ADD CONSTRAINT "badges_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badges" ADD CONSTRAINT "badges_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_checked_in_by_users_id_fk" FOREIGN KEY ("checked_in_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_marked_by_users_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_marked_by_company_id_companies_id_fk" FOREIGN KEY ("marked_by_company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_goals" ADD CONSTRAINT "forum_goals_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_goals" ADD CONSTRAINT "forum_goals_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_outcomes" ADD CONSTRAINT "meeting_outcomes_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_outcomes" ADD CONSTRAINT "meeting_outcomes_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_outcomes" ADD CONSTRAINT "meeting_outcomes_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "announcements_forum_at_idx" ON "announcements" USING btree ("forum_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "badges_code_hash_key" ON "badges" USING btree ("code_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "badges_one_live_per_user_key" ON "badges" USING btree ("forum_id","user_id") WHERE "badges"."revoked_at" is null;--> statement-breakpoint
CREATE INDEX "check_ins_forum_at_idx" ON "check_ins" USING btree ("forum_id","checked_in_at");