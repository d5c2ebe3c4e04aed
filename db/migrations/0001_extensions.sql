-- btree_gist lets exclusion constraints mix equality and range overlap;
-- pg_trgm gives typo-tolerant search. Both are trusted extensions.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
