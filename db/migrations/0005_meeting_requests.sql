CREATE TABLE "meeting_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"from_company_id" uuid NOT NULL,
	"to_company_id" uuid NOT NULL,
	"created_by" uuid,
	"message" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"response_note" text,
	"responded_by" uuid,
	"responded_at" timestamp with time zone,
	"cancelled_by" uuid,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_requests_not_self" CHECK ("meeting_requests"."from_company_id" <> "meeting_requests"."to_company_id"),
	CONSTRAINT "meeting_requests_status" CHECK ("meeting_requests"."status" in ('open', 'accepted', 'declined', 'cancelled', 'expired')),
	CONSTRAINT "meeting_requests_message_length" CHECK (char_length("meeting_requests"."message") <= 1000),
	CONSTRAINT "meeting_requests_note_length" CHECK ("meeting_requests"."response_note" is null or char_length("meeting_requests"."response_note") <= 1000)
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to_email" text NOT NULL,
	"locale" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	CONSTRAINT "email_outbox_locale" CHECK ("email_outbox"."locale" in ('fr', 'ar', 'ru', 'en'))
);
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "accepted_meetings" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_from_company_id_companies_id_fk" FOREIGN KEY ("from_company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_to_company_id_companies_id_fk" FOREIGN KEY ("to_company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_responded_by_users_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_requests_one_live_per_pair_key" ON "meeting_requests" USING btree ("forum_id",least("from_company_id", "to_company_id"),greatest("from_company_id", "to_company_id")) WHERE "meeting_requests"."status" in ('open', 'accepted');--> statement-breakpoint
CREATE INDEX "meeting_requests_to_status_idx" ON "meeting_requests" USING btree ("to_company_id","status");--> statement-breakpoint
CREATE INDEX "meeting_requests_from_status_idx" ON "meeting_requests" USING btree ("from_company_id","status");--> statement-breakpoint
CREATE INDEX "email_outbox_unsent_idx" ON "email_outbox" USING btree ("created_at") WHERE "email_outbox"."sent_at" is null;