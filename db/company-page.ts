import { sql } from "drizzle-orm";
import { getDb, rowsOf, type Database } from "./client";
import type { CompanySize, CompanyStatus, LocalizedText, LookingFor, User } from "./schema";

export interface CompanyPageDelegate {
  id: string;
  fullName: string;
  jobTitle: string | null;
  languages: string[];
  /** When the photo last changed (for its URL), or null without a photo. */
  photoVersion: string | null;
}

export interface CompanyPage {
  id: string;
  name: string;
  country: string;
  city: string;
  description: string;
  website: string | null;
  size: CompanySize | null;
  lookingFor: LookingFor[];
  status: CompanyStatus;
  sectors: { code: string; name: LocalizedText }[];
  offers: string[];
  needs: string[];
  delegates: CompanyPageDelegate[];
}

export type Viewer = Pick<User, "role" | "companyId">;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one rule of who may see a company: an approved company, by anyone signed in; a pending
 * or rejected one, only by its own delegates and the organisers. Every page and route that
 * shows one company goes through here.
 */
export function canSeeCompany(viewer: Viewer, company: { id: string; status: CompanyStatus }): boolean {
  return company.status === "approved" || viewer.role === "organiser" || viewer.companyId === company.id;
}

/** A company of the forum with its sectors, offers, needs and delegates, or null if the viewer may not see it. */
export async function findCompanyPage(forumId: string, companyId: string, viewer: Viewer, db: Database = getDb()): Promise<CompanyPage | null> {
  if (!uuidPattern.test(companyId)) return null;
  const [row] = rowsOf<{ page: CompanyPage | string }>(
    await db.execute(sql`
      select json_build_object(
        'id', c.id, 'name', c.name, 'country', c.country, 'city', c.city, 'description', c.description,
        'website', c.website, 'size', c.size, 'lookingFor', c.looking_for, 'status', c.status,
        'sectors', coalesce((select json_agg(json_build_object('code', s.code, 'name', s.name) order by s.position, s.code)
                             from sectors s where s.id = any(c.sector_ids)), '[]'::json),
        'offers', coalesce((select json_agg(i.text order by i.position, i.id) from company_items i
                            where i.company_id = c.id and i.kind = 'offer'), '[]'::json),
        'needs', coalesce((select json_agg(i.text order by i.position, i.id) from company_items i
                           where i.company_id = c.id and i.kind = 'need'), '[]'::json),
        'delegates', coalesce((select json_agg(json_build_object(
                                 'id', u.id, 'fullName', u.full_name, 'jobTitle', u.job_title, 'languages', u.languages,
                                 'photoVersion', (select extract(epoch from p.updated_at)::bigint::text from user_photos p where p.user_id = u.id))
                               order by u.is_main_contact desc, u.created_at, u.id)
                               from users u where u.company_id = c.id), '[]'::json)
      ) as page
      from companies c
      where c.id = ${companyId} and c.forum_id = ${forumId}
    `),
  );
  if (!row) return null;
  const page = typeof row.page === "string" ? (JSON.parse(row.page) as CompanyPage) : row.page;
  return canSeeCompany(viewer, page) ? page : null;
}
