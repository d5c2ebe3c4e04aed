-- companies.items_text holds the texts of a company's offers and needs, so that the
-- generated search_vector covers them. Statement-level triggers with transition tables
-- refresh each touched company once per statement: a bulk insert of items costs one update
-- per company, not one per item.
CREATE FUNCTION companies_refresh_items_text() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  touched uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT company_id) INTO touched FROM new_items;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT company_id) INTO touched FROM old_items;
  ELSE
    SELECT array_agg(company_id) INTO touched
    FROM (SELECT company_id FROM new_items UNION SELECT company_id FROM old_items) AS changed;
  END IF;
  IF touched IS NOT NULL THEN
    UPDATE companies AS c
    SET items_text = fresh.items_text
    FROM (
      SELECT t.id, coalesce(
        (SELECT string_agg(i.text, ' ' ORDER BY i.kind DESC, i.position, i.id)
         FROM company_items AS i WHERE i.company_id = t.id), '') AS items_text
      FROM unnest(touched) AS t(id)
    ) AS fresh
    WHERE c.id = fresh.id AND c.items_text IS DISTINCT FROM fresh.items_text;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER company_items_search_insert
AFTER INSERT ON company_items REFERENCING NEW TABLE AS new_items
FOR EACH STATEMENT EXECUTE FUNCTION companies_refresh_items_text();
--> statement-breakpoint
CREATE TRIGGER company_items_search_update
AFTER UPDATE ON company_items REFERENCING OLD TABLE AS old_items NEW TABLE AS new_items
FOR EACH STATEMENT EXECUTE FUNCTION companies_refresh_items_text();
--> statement-breakpoint
CREATE TRIGGER company_items_search_delete
AFTER DELETE ON company_items REFERENCING OLD TABLE AS old_items
FOR EACH STATEMENT EXECUTE FUNCTION companies_refresh_items_text();
--> statement-breakpoint
-- companies.sector_ids mirrors company_sectors, so the directory filters and counts sectors
-- from the companies_directory_idx index alone, without a join.
CREATE FUNCTION companies_refresh_sector_ids() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  touched uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT company_id) INTO touched FROM new_sectors;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT company_id) INTO touched FROM old_sectors;
  ELSE
    SELECT array_agg(company_id) INTO touched
    FROM (SELECT company_id FROM new_sectors UNION SELECT company_id FROM old_sectors) AS changed;
  END IF;
  IF touched IS NOT NULL THEN
    UPDATE companies AS c
    SET sector_ids = fresh.sector_ids
    FROM (
      SELECT t.id, coalesce(
        (SELECT array_agg(cs.sector_id ORDER BY cs.sector_id)
         FROM company_sectors AS cs WHERE cs.company_id = t.id), '{}') AS sector_ids
      FROM unnest(touched) AS t(id)
    ) AS fresh
    WHERE c.id = fresh.id AND c.sector_ids IS DISTINCT FROM fresh.sector_ids;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER company_sectors_search_insert
AFTER INSERT ON company_sectors REFERENCING NEW TABLE AS new_sectors
FOR EACH STATEMENT EXECUTE FUNCTION companies_refresh_sector_ids();
--> statement-breakpoint
CREATE TRIGGER company_sectors_search_update
AFTER UPDATE ON company_sectors REFERENCING OLD TABLE AS old_sectors NEW TABLE AS new_sectors
FOR EACH STATEMENT EXECUTE FUNCTION companies_refresh_sector_ids();
--> statement-breakpoint
CREATE TRIGGER company_sectors_search_delete
AFTER DELETE ON company_sectors REFERENCING OLD TABLE AS old_sectors
FOR EACH STATEMENT EXECUTE FUNCTION companies_refresh_sector_ids();
--> statement-breakpoint
-- company_search_words collects every lexeme of the search vectors (folded words and their
-- stems), for typo tolerance. Sorted inserts, so two transactions adding the same new words
-- wait for each other instead of deadlocking. Short words and numbers are left out:
-- trigram similarity means nothing for them.
CREATE FUNCTION companies_collect_search_words() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO company_search_words (word)
    SELECT DISTINCT w.lexeme
    FROM new_companies AS n, unnest(n.search_vector) AS w
    WHERE char_length(w.lexeme) BETWEEN 3 AND 40 AND w.lexeme !~ '[0-9]'
    ORDER BY w.lexeme
    ON CONFLICT (word) DO NOTHING;
  ELSE
    -- Only the rows whose texts changed: a status change adds no word.
    INSERT INTO company_search_words (word)
    SELECT DISTINCT w.lexeme
    FROM new_companies AS n JOIN old_companies AS o ON o.id = n.id, unnest(n.search_vector) AS w
    WHERE n.search_vector IS DISTINCT FROM o.search_vector
      AND char_length(w.lexeme) BETWEEN 3 AND 40 AND w.lexeme !~ '[0-9]'
    ORDER BY w.lexeme
    ON CONFLICT (word) DO NOTHING;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER companies_search_words_insert
AFTER INSERT ON companies REFERENCING NEW TABLE AS new_companies
FOR EACH STATEMENT EXECUTE FUNCTION companies_collect_search_words();
--> statement-breakpoint
CREATE TRIGGER companies_search_words_update
AFTER UPDATE ON companies REFERENCING OLD TABLE AS old_companies NEW TABLE AS new_companies
FOR EACH STATEMENT EXECUTE FUNCTION companies_collect_search_words();
--> statement-breakpoint
-- The companies already there: their items and sectors, then their words.
UPDATE companies AS c
SET items_text = fresh.items_text
FROM (
  SELECT company_id, string_agg(text, ' ' ORDER BY kind DESC, position, id) AS items_text
  FROM company_items GROUP BY company_id
) AS fresh
WHERE c.id = fresh.company_id;
--> statement-breakpoint
UPDATE companies AS c
SET sector_ids = fresh.sector_ids
FROM (
  SELECT company_id, array_agg(sector_id ORDER BY sector_id) AS sector_ids
  FROM company_sectors GROUP BY company_id
) AS fresh
WHERE c.id = fresh.company_id;
--> statement-breakpoint
INSERT INTO company_search_words (word)
SELECT DISTINCT w.lexeme
FROM companies AS c, unnest(c.search_vector) AS w
WHERE char_length(w.lexeme) BETWEEN 3 AND 40 AND w.lexeme !~ '[0-9]'
ORDER BY w.lexeme
ON CONFLICT (word) DO NOTHING;
