-- Links asked for before only the newest one worked may still be open: each is closed as the newer one would have closed it, at that one's creation.
UPDATE "password_resets" p SET "used_at" = (
  SELECT min(q."created_at") FROM "password_resets" q WHERE q."user_id" = p."user_id" AND (q."created_at", q."id") > (p."created_at", p."id")
) WHERE p."used_at" IS NULL AND EXISTS (
  SELECT 1 FROM "password_resets" q WHERE q."user_id" = p."user_id" AND q."used_at" IS NULL AND (q."created_at", q."id") > (p."created_at", p."id")
);--> statement-breakpoint
CREATE UNIQUE INDEX "password_resets_one_open" ON "password_resets" USING btree ("user_id") WHERE "password_resets"."used_at" is null;
