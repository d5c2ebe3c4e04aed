CREATE TABLE "company_directory_counts" (
	"forum_id" uuid NOT NULL,
	"country" char(2) NOT NULL,
	"looking_for" text[] NOT NULL,
	"sector_ids" uuid[] NOT NULL,
	"companies" integer NOT NULL,
	CONSTRAINT "company_directory_counts_forum_id_country_looking_for_sector_ids_pk" PRIMARY KEY("forum_id","country","looking_for","sector_ids")
);
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "rank_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, translate(lower("name"), 'àáâãäåāçćčèéêëēęìíîïīñńòóôõöøōùúûüūýÿśšßźżžłёأإآٱةىًٌٍَُِّْـ', 'aaaaaaaccceeeeeeiiiiinnooooooouuuuuyyssszzzlеااااهي')), 'A') || setweight(to_tsvector('french'::regconfig, "name"), 'A') || setweight(to_tsvector('russian'::regconfig, "name"), 'A') || setweight(to_tsvector('english'::regconfig, "name"), 'A') || setweight(to_tsvector('arabic'::regconfig, "name"), 'A') || setweight(to_tsvector('simple'::regconfig, translate(lower("items_text"), 'àáâãäåāçćčèéêëēęìíîïīñńòóôõöøōùúûüūýÿśšßźżžłёأإآٱةىًٌٍَُِّْـ', 'aaaaaaaccceeeeeeiiiiinnooooooouuuuuyyssszzzlеااااهي')), 'B') || setweight(to_tsvector('french'::regconfig, "items_text"), 'B') || setweight(to_tsvector('russian'::regconfig, "items_text"), 'B') || setweight(to_tsvector('english'::regconfig, "items_text"), 'B') || setweight(to_tsvector('arabic'::regconfig, "items_text"), 'B')) STORED NOT NULL;