CREATE TABLE "organiser_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"email" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"used_by" uuid,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "organiser_invitations_email_lower" CHECK ("organiser_invitations"."email" = lower("organiser_invitations"."email")),
	CONSTRAINT "organiser_invitations_expiry" CHECK ("organiser_invitations"."expires_at" > "organiser_invitations"."created_at"),
	CONSTRAINT "organiser_invitations_used_once" CHECK ("organiser_invitations"."used_at" is null or "organiser_invitations"."revoked_at" is null)
);
--> statement-breakpoint
ALTER TABLE "forums" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "organiser_invitations" ADD CONSTRAINT "organiser_invitations_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organiser_invitations" ADD CONSTRAINT "organiser_invitations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organiser_invitations" ADD CONSTRAINT "organiser_invitations_used_by_users_id_fk" FOREIGN KEY ("used_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organiser_invitations_token_key" ON "organiser_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "organiser_invitations_forum_idx" ON "organiser_invitations" USING btree ("forum_id","created_at");