-- Keeps companies.accepted_meetings in step with accepted meeting requests and refuses the
-- one that would take either company past the forum's cap. The two company rows are locked
-- in id order, so concurrent accepts queue up instead of both slipping under the cap.
CREATE FUNCTION meeting_requests_accepted_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  req meeting_requests;
  delta integer;
  cap integer;
  over_cap text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    req := OLD;
    delta := CASE WHEN OLD.status = 'accepted' THEN -1 ELSE 0 END;
  ELSE
    req := NEW;
    delta := (CASE WHEN NEW.status = 'accepted' THEN 1 ELSE 0 END)
           - (CASE WHEN TG_OP = 'UPDATE' AND OLD.status = 'accepted' THEN 1 ELSE 0 END);
  END IF;
  IF delta = 0 THEN
    RETURN NULL;
  END IF;
  PERFORM 1 FROM companies WHERE id IN (req.from_company_id, req.to_company_id) ORDER BY id FOR NO KEY UPDATE;
  UPDATE companies SET accepted_meetings = accepted_meetings + delta
    WHERE id IN (req.from_company_id, req.to_company_id);
  IF delta > 0 THEN
    SELECT meeting_cap INTO cap FROM forums WHERE id = req.forum_id;
    SELECT name INTO over_cap FROM companies
      WHERE id IN (req.from_company_id, req.to_company_id) AND accepted_meetings > cap LIMIT 1;
    IF over_cap IS NOT NULL THEN
      RAISE EXCEPTION 'meeting cap of % reached for %', cap, over_cap USING ERRCODE = 'PA001';
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER meeting_requests_accepted_count
  AFTER INSERT OR UPDATE OF status OR DELETE ON meeting_requests
  FOR EACH ROW EXECUTE FUNCTION meeting_requests_accepted_count();
