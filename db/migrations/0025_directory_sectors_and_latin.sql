-- Any pending deferred data-stamp events run now: a table with pending trigger events cannot be altered.
SET CONSTRAINTS ALL IMMEDIATE;--> statement-breakpoint
-- The names of a company's sectors in every language, so the search finds "intelligence artificielle".
ALTER TABLE "companies" ADD COLUMN "sector_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "companies" drop column "search_vector";--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, translate(lower("name"), 'àáâãäåāçćčèéêëēęìíîïīñńòóôõöøōùúûüūýÿśšßźżžłёأإآٱةىًٌٍَُِّْـ', 'aaaaaaaccceeeeeeiiiiinnooooooouuuuuyyssszzzlеااااهي')), 'A') || setweight(to_tsvector('french'::regconfig, "name"), 'A') || setweight(to_tsvector('russian'::regconfig, "name"), 'A') || setweight(to_tsvector('english'::regconfig, "name"), 'A') || setweight(to_tsvector('arabic'::regconfig, "name"), 'A') || setweight(to_tsvector('simple'::regconfig, translate(replace(replace(replace(replace(replace(replace(replace(replace(translate(lower("name"), 'àáâãäåāçćčèéêëēęìíîïīñńòóôõöøōùúûüūýÿśšßźżžłёأإآٱةىًٌٍَُِّْـ', 'aaaaaaaccceeeeeeiiiiinnooooooouuuuuyyssszzzlеااااهي'), 'щ', 'shch'), 'ж', 'zh'), 'х', 'kh'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'), 'ю', 'yu'), 'я', 'ya'), 'абвгдезиклмнопрстуфыэйъь', 'abvgdeziklmnoprstufyey')), 'A') || setweight(to_tsvector('simple'::regconfig, translate(replace(replace(replace(replace(replace(replace(replace(replace(translate(lower("name"), 'àáâãäåāçćčèéêëēęìíîïīñńòóôõöøōùúûüūýÿśšßźżžłёأإآٱةىًٌٍَُِّْـ', 'aaaaaaaccceeeeeeiiiiinnooooooouuuuuyyssszzzlеااااهي'), 'щ', 'shch'), 'ж', 'zh'), 'х', 'kh'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'), 'ю', 'yu'), 'я', 'ya'), 'абвгдезиклмнопрстуфыэйъь', 'abvgdeziklmnoprstufyei')), 'A') || setweight(to_tsvector('simple'::regconfig, translate(lower("items_text"), 'àáâãäåāçćčèéêëēęìíîïīñńòóôõöøōùúûüūýÿśšßźżžłёأإآٱةىًٌٍَُِّْـ', 'aaaaaaaccceeeeeeiiiiinnooooooouuuuuyyssszzzlеااااهي')), 'B') || setweight(to_tsvector('french'::regconfig, "items_text"), 'B') || setweight(to_tsvector('russian'::regconfig, "items_text"), 'B') || setweight(to_tsvector('english'::regconfig, "items_text"), 'B') || setweight(to_tsvector('arabic'::regconfig, "items_text"), 'B') || setweight(to_tsvector('simple'::regconfig, translate(lower("description"), 'àáâãäåāçćčèéêëēęìíîïīñńòóôõöøōùúûüūýÿśšßźżžłёأإآٱةىًٌٍَُِّْـ', 'aaaaaaaccceeeeeeiiiiinnooooooouuuuuyyssszzzlеااااهي')), 'C') || setweight(to_tsvector('french'::regconfig, "description"), 'C') || setweight(to_tsvector('russian'::regconfig, "description"), 'C') || setweight(to_tsvector('english'::regconfig, "description"), 'C') || setweight(to_tsvector('arabic'::regconfig, "description"), 'C') || setweight(to_tsvector('simple'::regconfig, translate(lower("sector_text"), 'àáâãäåāçćčèéêëēęìíîïīñńòóôõöøōùúûüūýÿśšßźżžłёأإآٱةىًٌٍَُِّْـ', 'aaaaaaaccceeeeeeiiiiinnooooooouuuuuyyssszzzlеااااهي')), 'C') || setweight(to_tsvector('french'::regconfig, "sector_text"), 'C') || setweight(to_tsvector('russian'::regconfig, "sector_text"), 'C') || setweight(to_tsvector('english'::regconfig, "sector_text"), 'C') || setweight(to_tsvector('arabic'::regconfig, "sector_text"), 'C') || setweight(to_tsvector('simple'::regconfig, translate(lower("city"), 'àáâãäåāçćčèéêëēęìíîïīñńòóôõöøōùúûüūýÿśšßźżžłёأإآٱةىًٌٍَُِّْـ', 'aaaaaaaccceeeeeeiiiiinnooooooouuuuuyyssszzzlеااااهي')), 'D') || setweight(to_tsvector('simple'::regconfig, translate(replace(replace(replace(replace(replace(replace(replace(replace(translate(lower("city"), 'àáâãäåāçćčèéêëēęìíîïīñńòóôõöøōùúûüūýÿśšßźżžłёأإآٱةىًٌٍَُِّْـ', 'aaaaaaaccceeeeeeiiiiinnooooooouuuuuyyssszzzlеااااهي'), 'щ', 'shch'), 'ж', 'zh'), 'х', 'kh'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'), 'ю', 'yu'), 'я', 'ya'), 'абвгдезиклмнопрстуфыэйъь', 'abvgdeziklmnoprstufyey')), 'D') || setweight(to_tsvector('simple'::regconfig, translate(replace(replace(replace(replace(replace(replace(replace(replace(translate(lower("city"), 'àáâãäåāçćčèéêëēęìíîïīñńòóôõöøōùúûüūýÿśšßźżžłёأإآٱةىًٌٍَُِّْـ', 'aaaaaaaccceeeeeeiiiiinnooooooouuuuuyyssszzzlеااااهي'), 'щ', 'shch'), 'ж', 'zh'), 'х', 'kh'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'), 'ю', 'yu'), 'я', 'ya'), 'абвгдезиклмнопрстуфыэйъь', 'abvgdeziklmnoprstufyei')), 'D')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "companies" drop column "rank_vector";--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "rank_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, translate(lower("name"), 'àáâãäåāçćčèéêëēęìíîïīñńòóôõöøōùúûüūýÿśšßźżžłёأإآٱةىًٌٍَُِّْـ', 'aaaaaaaccceeeeeeiiiiinnooooooouuuuuyyssszzzlеااااهي')), 'A') || setweight(to_tsvector('french'::regconfig, "name"), 'A') || setweight(to_tsvector('russian'::regconfig, "name"), 'A') || setweight(to_tsvector('english'::regconfig, "name"), 'A') || setweight(to_tsvector('arabic'::regconfig, "name"), 'A') || setweight(to_tsvector('simple'::regconfig, translate(replace(replace(replace(replace(replace(replace(replace(replace(translate(lower("name"), 'àáâãäåāçćčèéêëēęìíîïīñńòóôõöøōùúûüūýÿśšßźżžłёأإآٱةىًٌٍَُِّْـ', 'aaaaaaaccceeeeeeiiiiinnooooooouuuuuyyssszzzlеااااهي'), 'щ', 'shch'), 'ж', 'zh'), 'х', 'kh'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'), 'ю', 'yu'), 'я', 'ya'), 'абвгдезиклмнопрстуфыэйъь', 'abvgdeziklmnoprstufyey')), 'A') || setweight(to_tsvector('simple'::regconfig, translate(replace(replace(replace(replace(replace(replace(replace(replace(translate(lower("name"), 'àáâãäåāçćčèéêëēęìíîïīñńòóôõöøōùúûüūýÿśšßźżžłёأإآٱةىًٌٍَُِّْـ', 'aaaaaaaccceeeeeeiiiiinnooooooouuuuuyyssszzzlеااااهي'), 'щ', 'shch'), 'ж', 'zh'), 'х', 'kh'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'), 'ю', 'yu'), 'я', 'ya'), 'абвгдезиклмнопрстуфыэйъь', 'abvgdeziklmnoprstufyei')), 'A') || setweight(to_tsvector('simple'::regconfig, translate(lower("items_text"), 'àáâãäåāçćčèéêëēęìíîïīñńòóôõöøōùúûüūýÿśšßźżžłёأإآٱةىًٌٍَُِّْـ', 'aaaaaaaccceeeeeeiiiiinnooooooouuuuuyyssszzzlеااااهي')), 'B') || setweight(to_tsvector('french'::regconfig, "items_text"), 'B') || setweight(to_tsvector('russian'::regconfig, "items_text"), 'B') || setweight(to_tsvector('english'::regconfig, "items_text"), 'B') || setweight(to_tsvector('arabic'::regconfig, "items_text"), 'B')) STORED NOT NULL;--> statement-breakpoint
-- Dropping the columns dropped their index and storage setting (0003, 0008).
CREATE INDEX "companies_search_vector_idx" ON "companies" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "companies" ALTER COLUMN "rank_vector" SET STORAGE MAIN;--> statement-breakpoint
-- A sector's names in every language it has, for the search vector.
CREATE FUNCTION companies_sector_text(ids uuid[]) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT coalesce(string_agg(n.value, ' ' ORDER BY s.position, s.code, n.key), '')
  FROM sectors AS s, jsonb_each_text(s.name) AS n
  WHERE s.id = ANY(ids)
$$;--> statement-breakpoint
-- sector_ids follows company_sectors (0004); sector_text follows sector_ids.
CREATE FUNCTION companies_set_sector_text() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.sector_text := companies_sector_text(NEW.sector_ids);
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER companies_sector_text
BEFORE INSERT OR UPDATE OF sector_ids ON companies
FOR EACH ROW EXECUTE FUNCTION companies_set_sector_text();--> statement-breakpoint
-- A renamed sector is found under its new names.
CREATE FUNCTION sectors_refresh_sector_text() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE companies AS c
  SET sector_text = companies_sector_text(c.sector_ids)
  WHERE c.sector_ids @> ARRAY[NEW.id];
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER sectors_sector_text
AFTER UPDATE OF name ON sectors
FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION sectors_refresh_sector_text();--> statement-breakpoint
-- The companies already there, then the new words of their vectors for typo tolerance (0004).
UPDATE companies SET sector_text = companies_sector_text(sector_ids) WHERE sector_ids <> '{}';--> statement-breakpoint
INSERT INTO company_search_words (word)
SELECT DISTINCT w.lexeme
FROM companies AS c, unnest(c.search_vector) AS w
WHERE char_length(w.lexeme) BETWEEN 3 AND 40 AND w.lexeme !~ '[0-9]'
ORDER BY w.lexeme
ON CONFLICT (word) DO NOTHING;
