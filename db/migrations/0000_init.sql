CREATE TABLE "agenda_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"room_id" uuid,
	"sector_id" uuid,
	"speakers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"blocks_b2b" boolean DEFAULT false NOT NULL,
	CONSTRAINT "agenda_sessions_order" CHECK ("agenda_sessions"."ends_at" > "agenda_sessions"."starts_at"),
	CONSTRAINT "agenda_sessions_kind" CHECK ("agenda_sessions"."kind" in ('plenary', 'panel', 'workshop', 'break'))
);
--> statement-breakpoint
CREATE TABLE "forum_days" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"day" date NOT NULL,
	"b2b_starts_at" timestamp with time zone NOT NULL,
	"b2b_ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "forum_days_b2b_order" CHECK ("forum_days"."b2b_ends_at" > "forum_days"."b2b_starts_at")
);
--> statement-breakpoint
CREATE TABLE "forums" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" jsonb NOT NULL,
	"city" jsonb NOT NULL,
	"venue" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"time_zone" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"country_a" char(2) NOT NULL,
	"country_b" char(2) NOT NULL,
	"slot_minutes" integer DEFAULT 30 NOT NULL,
	"meeting_cap" integer DEFAULT 20 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forums_dates_order" CHECK ("forums"."ends_on" >= "forums"."starts_on"),
	CONSTRAINT "forums_countries_differ" CHECK ("forums"."country_a" <> "forums"."country_b"),
	CONSTRAINT "forums_slot_minutes_range" CHECK ("forums"."slot_minutes" between 5 and 240),
	CONSTRAINT "forums_meeting_cap_range" CHECK ("forums"."meeting_cap" between 1 and 1000)
);
--> statement-breakpoint
CREATE TABLE "meeting_tables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"room_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"zone" text,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "meeting_tables_number_positive" CHECK ("meeting_tables"."number" > 0)
);
--> statement-breakpoint
CREATE TABLE "rooms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"name" jsonb NOT NULL,
	"capacity" integer,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sectors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"name" text NOT NULL,
	"country" char(2) NOT NULL,
	"city" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"website" text,
	"size" text,
	"looking_for" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"rejection_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "companies_status" CHECK ("companies"."status" in ('pending', 'approved', 'rejected')),
	CONSTRAINT "companies_size" CHECK ("companies"."size" is null or "companies"."size" in ('micro', 'small', 'medium', 'large')),
	CONSTRAINT "companies_name_length" CHECK (char_length("companies"."name") between 2 and 160)
);
--> statement-breakpoint
CREATE TABLE "company_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"sector_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "company_items_kind" CHECK ("company_items"."kind" in ('offer', 'need')),
	CONSTRAINT "company_items_text_length" CHECK (char_length("company_items"."text") between 2 and 200)
);
--> statement-breakpoint
CREATE TABLE "company_sectors" (
	"company_id" uuid NOT NULL,
	"sector_id" uuid NOT NULL,
	CONSTRAINT "company_sectors_company_id_sector_id_pk" PRIMARY KEY("company_id","sector_id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"password_hash" text,
	"role" text DEFAULT 'participant' NOT NULL,
	"full_name" text NOT NULL,
	"job_title" text,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"locale" text DEFAULT 'fr' NOT NULL,
	"company_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_role" CHECK ("users"."role" in ('participant', 'organiser')),
	CONSTRAINT "users_email_lower" CHECK ("users"."email" = lower("users"."email")),
	CONSTRAINT "users_locale" CHECK ("users"."locale" in ('fr', 'ar', 'ru', 'en'))
);
--> statement-breakpoint
ALTER TABLE "agenda_sessions" ADD CONSTRAINT "agenda_sessions_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_sessions" ADD CONSTRAINT "agenda_sessions_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_sessions" ADD CONSTRAINT "agenda_sessions_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_days" ADD CONSTRAINT "forum_days_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_tables" ADD CONSTRAINT "meeting_tables_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_tables" ADD CONSTRAINT "meeting_tables_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rooms" ADD CONSTRAINT "rooms_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sectors" ADD CONSTRAINT "sectors_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_items" ADD CONSTRAINT "company_items_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_items" ADD CONSTRAINT "company_items_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_sectors" ADD CONSTRAINT "company_sectors_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_sectors" ADD CONSTRAINT "company_sectors_sector_id_sectors_id_fk" FOREIGN KEY ("sector_id") REFERENCES "public"."sectors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_sessions_forum_start_idx" ON "agenda_sessions" USING btree ("forum_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "forum_days_forum_day_key" ON "forum_days" USING btree ("forum_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "forums_slug_key" ON "forums" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_tables_forum_number_key" ON "meeting_tables" USING btree ("forum_id","number");--> statement-breakpoint
CREATE INDEX "rooms_forum_idx" ON "rooms" USING btree ("forum_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sectors_forum_code_key" ON "sectors" USING btree ("forum_id","code");--> statement-breakpoint
CREATE INDEX "companies_forum_status_idx" ON "companies" USING btree ("forum_id","status");--> statement-breakpoint
CREATE INDEX "company_items_company_idx" ON "company_items" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "company_sectors_sector_idx" ON "company_sectors" USING btree ("sector_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "users_company_idx" ON "users" USING btree ("company_id");