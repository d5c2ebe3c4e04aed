-- Ranking reads rank_vector for every match: keep it in the row, uncompressed, unless a
-- very long profile leaves no choice (MAIN), rather than out of line like the wide columns.
ALTER TABLE "companies" ALTER COLUMN "rank_vector" SET STORAGE MAIN;
--> statement-breakpoint
-- company_directory_counts counts the approved companies of each forum by (country, looking
-- for, sectors). A statement-level trigger applies each statement's net change in one
-- upsert, in key order, so two transactions changing the same rows wait rather than
-- deadlock; rows that fall to zero are removed.
CREATE FUNCTION companies_count_directory() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  deltas company_directory_counts[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(ROW(d.forum_id, d.country, d.looking_for, d.sector_ids, d.n)::company_directory_counts) INTO deltas
    FROM (SELECT forum_id, country, looking_for, sector_ids, count(*)::int AS n
          FROM new_companies WHERE status = 'approved' GROUP BY 1, 2, 3, 4) AS d;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(ROW(d.forum_id, d.country, d.looking_for, d.sector_ids, d.n)::company_directory_counts) INTO deltas
    FROM (SELECT forum_id, country, looking_for, sector_ids, -count(*)::int AS n
          FROM old_companies WHERE status = 'approved' GROUP BY 1, 2, 3, 4) AS d;
  ELSE
    SELECT array_agg(ROW(d.forum_id, d.country, d.looking_for, d.sector_ids, d.n)::company_directory_counts) INTO deltas
    FROM (SELECT forum_id, country, looking_for, sector_ids, sum(change)::int AS n
          FROM (SELECT forum_id, country, looking_for, sector_ids, 1 AS change FROM new_companies WHERE status = 'approved'
                UNION ALL
                SELECT forum_id, country, looking_for, sector_ids, -1 FROM old_companies WHERE status = 'approved') AS changes
          GROUP BY 1, 2, 3, 4 HAVING sum(change) <> 0) AS d;
  END IF;
  IF deltas IS NOT NULL THEN
    INSERT INTO company_directory_counts AS c (forum_id, country, looking_for, sector_ids, companies)
    SELECT d.forum_id, d.country, d.looking_for, d.sector_ids, d.companies FROM unnest(deltas) AS d
    ORDER BY d.forum_id, d.country, d.looking_for, d.sector_ids
    ON CONFLICT (forum_id, country, looking_for, sector_ids) DO UPDATE SET companies = c.companies + excluded.companies;
    DELETE FROM company_directory_counts AS c USING unnest(deltas) AS d
    WHERE c.forum_id = d.forum_id AND c.country = d.country AND c.looking_for = d.looking_for
      AND c.sector_ids = d.sector_ids AND c.companies <= 0;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER companies_directory_counts_insert
AFTER INSERT ON companies REFERENCING NEW TABLE AS new_companies
FOR EACH STATEMENT EXECUTE FUNCTION companies_count_directory();
--> statement-breakpoint
CREATE TRIGGER companies_directory_counts_update
AFTER UPDATE ON companies REFERENCING OLD TABLE AS old_companies NEW TABLE AS new_companies
FOR EACH STATEMENT EXECUTE FUNCTION companies_count_directory();
--> statement-breakpoint
CREATE TRIGGER companies_directory_counts_delete
AFTER DELETE ON companies REFERENCING OLD TABLE AS old_companies
FOR EACH STATEMENT EXECUTE FUNCTION companies_count_directory();
--> statement-breakpoint
-- The triggers hold their lock on companies until this migration commits, so nothing is
-- counted twice or missed between them and this first count.
INSERT INTO company_directory_counts (forum_id, country, looking_for, sector_ids, companies)
SELECT forum_id, country, looking_for, sector_ids, count(*)::int
FROM companies WHERE status = 'approved'
GROUP BY 1, 2, 3, 4;
