CREATE TABLE "company_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"email" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"used_by" uuid,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "company_invitations_expiry" CHECK ("company_invitations"."expires_at" > "company_invitations"."created_at"),
	CONSTRAINT "company_invitations_used_once" CHECK (("company_invitations"."used_at" is null) = ("company_invitations"."used_by" is null))
);
--> statement-breakpoint
CREATE TABLE "user_photos" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_photos_type" CHECK ("user_photos"."content_type" in ('image/jpeg', 'image/png', 'image/webp')),
	CONSTRAINT "user_photos_size" CHECK ("user_photos"."size" between 1 and 2097152 and "user_photos"."size" = octet_length("user_photos"."bytes"))
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "is_main_contact" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "company_invitations" ADD CONSTRAINT "company_invitations_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_photos" ADD CONSTRAINT "user_photos_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "company_invitations_token_key" ON "company_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "company_invitations_company_idx" ON "company_invitations" USING btree ("company_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_one_main_contact_key" ON "users" USING btree ("company_id") WHERE "users"."is_main_contact";--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_main_contact_has_company" CHECK (not "users"."is_main_contact" or "users"."company_id" is not null);