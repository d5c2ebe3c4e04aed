CREATE TABLE "scheduler_proposal_breaks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"user_id" uuid,
	"breaks" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scheduler_proposal_meetings" (
	"proposal_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"table_id" uuid NOT NULL,
	"company_a_id" uuid NOT NULL,
	"company_b_id" uuid NOT NULL,
	CONSTRAINT "scheduler_proposal_meetings_proposal_id_request_id_pk" PRIMARY KEY("proposal_id","request_id")
);
--> statement-breakpoint
CREATE TABLE "scheduler_proposal_unplaced" (
	"proposal_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"company_id" uuid,
	CONSTRAINT "scheduler_proposal_unplaced_proposal_id_request_id_pk" PRIMARY KEY("proposal_id","request_id")
);
--> statement-breakpoint
CREATE TABLE "scheduler_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"basis" text NOT NULL,
	"placed" integer NOT NULL,
	"unplaced" integer NOT NULL,
	"total_breaks" integer NOT NULL,
	"max_break_difference" integer NOT NULL,
	"run_time_ms" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	CONSTRAINT "scheduler_proposals_status" CHECK ("scheduler_proposals"."status" in ('draft', 'published', 'discarded')),
	CONSTRAINT "scheduler_proposals_figures" CHECK ("scheduler_proposals"."placed" >= 0 and "scheduler_proposals"."unplaced" >= 0 and "scheduler_proposals"."total_breaks" >= 0 and "scheduler_proposals"."run_time_ms" >= 0)
);
--> statement-breakpoint
ALTER TABLE "scheduler_proposal_breaks" ADD CONSTRAINT "scheduler_proposal_breaks_proposal_id_scheduler_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."scheduler_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduler_proposal_breaks" ADD CONSTRAINT "scheduler_proposal_breaks_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduler_proposal_breaks" ADD CONSTRAINT "scheduler_proposal_breaks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduler_proposal_meetings" ADD CONSTRAINT "scheduler_proposal_meetings_proposal_id_scheduler_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."scheduler_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduler_proposal_meetings" ADD CONSTRAINT "scheduler_proposal_meetings_request_id_meeting_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."meeting_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduler_proposal_meetings" ADD CONSTRAINT "scheduler_proposal_meetings_slot_id_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduler_proposal_meetings" ADD CONSTRAINT "scheduler_proposal_meetings_table_id_meeting_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."meeting_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduler_proposal_unplaced" ADD CONSTRAINT "scheduler_proposal_unplaced_proposal_id_scheduler_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."scheduler_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduler_proposal_unplaced" ADD CONSTRAINT "scheduler_proposal_unplaced_request_id_meeting_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."meeting_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduler_proposal_unplaced" ADD CONSTRAINT "scheduler_proposal_unplaced_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduler_proposals" ADD CONSTRAINT "scheduler_proposals_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduler_proposals" ADD CONSTRAINT "scheduler_proposals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduler_proposals" ADD CONSTRAINT "scheduler_proposals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scheduler_proposal_breaks_order_idx" ON "scheduler_proposal_breaks" USING btree ("proposal_id","breaks" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "scheduler_proposal_meetings_slot_idx" ON "scheduler_proposal_meetings" USING btree ("proposal_id","slot_id");--> statement-breakpoint
CREATE INDEX "scheduler_proposals_forum_created_idx" ON "scheduler_proposals" USING btree ("forum_id","created_at" DESC NULLS LAST);