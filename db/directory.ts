import { sql, type SQL } from "drizzle-orm";
import type { DirectoryQuery } from "@/lib/schemas/directory";
import { getDb, rowsOf, type Database } from "./client";
import type { CompanySize, LocalizedText, LookingFor } from "./schema";
import { searchConfigs, searchFold, searchLatin } from "./schema/search";

export interface DirectoryCompany {
  id: string;
  name: string;
  country: string;
  city: string;
  size: CompanySize | null;
  lookingFor: LookingFor[];
  sectorCodes: string[];
  description: string;
  /** The query matched the company's name (name matches come first). */
  nameMatch: boolean;
}

export interface FacetCount<T extends string = string> {
  value: T;
  count: number;
}

export interface DirectoryResult {
  companies: DirectoryCompany[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /**
   * Per filter value, how many results there would be with it and the other filters as they
   * are. Every sector of the forum is listed, in the forum's order, with its names.
   */
  facets: { country: FacetCount[]; sector: (FacetCount & { name: LocalizedText })[]; lookingFor: FacetCount<LookingFor>[] };
}

export type DirectorySearch = Pick<DirectoryQuery, "q" | "country" | "sector" | "lookingFor" | "page" | "pageSize">;

const MAX_WORDS = 8;
// A misspelt word brings in at most this many lexicon words, each at least this similar.
const TYPO_NEIGHBOURS = 5;
const TYPO_SIMILARITY = 0.5;

/** The query's words: letters, marks and digits only, so they are safe inside a tsquery literal. */
export function searchWords(q: string): string[] {
  return (q.normalize("NFC").match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS).map((word) => word.slice(0, 40));
}

/** The expression, lower-cased and folded exactly as the search vector's exact words are. */
const fold = (expression: string) => sql.raw(searchFold(expression));
/** A folded expression's Russian letters in Latin, as names and cities are also indexed. */
const latin = (expression: string) => sql.raw(searchLatin(expression));

const stemmers = searchConfigs.filter((config) => config !== "simple").map((config) => `${config}_stem`);
// Words the built-in stop lists miss (French "les"; PostgreSQL has no Arabic list), folded.
const extraStopWords = ["les", "في", "من", "علي", "الي", "عن", "مع", "و", "هذا", "هذه"];

/**
 * The search as tsqueries, computed once per statement. Each word matches as a prefix of
 * its folded form, of its Latin spelling (a Russian word) or of its stem in any forum
 * language (exactly, under three letters), or as one of its neighbours in
 * company_search_words when misspelt, in either spelling: "Сонатрак" finds "Sonatrach".
 * Every word must match, save stop words ("de", "the", "и") and words under three letters,
 * unless the query holds nothing else. `tsq_name` is the same restricted to names (weight A).
 */
function textInput(words: string[]): SQL {
  const lexize = (word: string) => sql.raw(`ts_lexize('${word}', k.w)`);
  const stems = sql.join(
    stemmers.map((stemmer) => lexize(stemmer)),
    sql` || `,
  );
  const stop = sql.join(
    stemmers.map((stemmer) => sql`cardinality(${lexize(stemmer)}) = 0`),
    sql` or `,
  );
  const query = (alternatives: string) => sql`coalesce(
    string_agg('(' || ${sql.raw(alternatives)} || ')', ' & ' order by x.i) filter (where not x.stop),
    string_agg('(' || ${sql.raw(alternatives)} || ')', ' & ' order by x.i))::tsquery`;
  return sql`
    words as materialized (
      select k.i, k.f, coalesce(${stop}, false) or char_length(k.f) < 3 or k.f = any(${textArray(extraStopWords)}) as stop,
        array(select distinct l from unnest(ts_lexize('simple', k.f) || ${stems} || array[k.latin]) l where l <> '') as stems,
        array(select distinct s from unnest(array[k.f, k.latin]) s) as spellings
      from (
        select v.i, v.w, v.f, ${latin("v.f")} as latin
        from (select u.i, u.w, ${fold("u.w")} as f from unnest(${textArray(words)}) with ordinality as u(w, i)) v
      ) k
    ),
    alternatives as materialized (
      select w.i, w.stop, l as lexeme, char_length(l) >= 3 as prefix from words w, unnest(w.stems) l
      union
      select w.i, w.stop, n.word, false from words w, unnest(w.spellings) sp(spelling) cross join lateral (
        select s.word from company_search_words s
        where s.word % sp.spelling order by s.word <-> sp.spelling limit ${TYPO_NEIGHBOURS}
      ) n
      where char_length(sp.spelling) >= 4 and similarity(n.word, sp.spelling) >= ${TYPO_SIMILARITY}
        and n.word !~ '[''\\\\]' and not exists (select 1 from unnest(w.stems) p where starts_with(n.word, p))
    ),
    -- "distribu:*" already finds all that "distribution:*" would: the index does less work.
    kept as (
      select a.* from alternatives a
      where not exists (select 1 from alternatives b
                        where b.i = a.i and b.prefix and b.lexeme <> a.lexeme and starts_with(a.lexeme, b.lexeme))
    ),
    input as materialized (
      select ${query("x.any")} as tsq, ${query("x.any_name")} as tsq_name
      from (
        select a.i, bool_or(a.stop) as stop,
          string_agg(quote_literal(a.lexeme) || case when a.prefix then ':*' else '' end, ' | ') as any,
          string_agg(quote_literal(a.lexeme) || case when a.prefix then ':*A' else ':A' end, ' | ') as any_name
        from kept a group by a.i
      ) x
    ),`;
}

function textArray(values: readonly string[]): SQL {
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

/** The filters as conditions on a row (alias `t`) that has country, looking_for and sector_ids. */
function filters(forumId: string, search: DirectorySearch) {
  return {
    country: search.country.length ? sql`t.country = any(${textArray(search.country)})` : sql`true`,
    sector: search.sector.length
      ? sql`t.sector_ids && (select coalesce(array_agg(s.id), '{}') from sectors s
          where s.forum_id = ${forumId} and s.code = any(${textArray(search.sector)}))`
      : sql`true`,
    lookingFor: search.lookingFor.length ? sql`t.looking_for && ${textArray(search.lookingFor)}` : sql`true`,
  };
}

/**
 * One page of the approved companies of a forum matching a search, with the total and the
 * count of each filter value, in one round trip. Name matches rank first, then full-text
 * relevance, then name and id, so the order is stable from page to page. Each filter is
 * "any of" its values; a facet counts with the other filters applied, not its own.
 *
 * For speed: counts are taken over the distinct (country, looking for, sectors) combinations
 * of the matches rather than over every match, and without words straight from
 * company_directory_counts; matches are ranked on the small rank_vector; a search without
 * words reads its page from companies_directory_idx in name order, never the wide rows.
 */
export async function searchDirectory(forumId: string, search: DirectorySearch, db: Database = getDb()): Promise<DirectoryResult> {
  const words = searchWords(search.q);
  const where = filters(forumId, search);
  const all = sql`${where.country} and ${where.sector} and ${where.lookingFor}`;
  const offset = (search.page - 1) * search.pageSize;
  const approved = sql`t.forum_id = ${forumId} and t.status = 'approved'`;

  const sources =
    words.length > 0
      ? sql`${textInput(words)}
        matched as materialized (
          select t.id, t.name, t.country, t.looking_for, t.sector_ids,
            t.rank_vector @@ (select tsq_name from input) as name_hit,
            ts_rank(t.rank_vector, (select tsq from input)) as rank
          from companies t
          where ${approved} and t.search_vector @@ (select tsq from input)
        ),
        combos as materialized (
          select t.country, t.looking_for, t.sector_ids, count(*)::int as n
          from matched t group by t.country, t.looking_for, t.sector_ids
        ),
        hits as (
          select t.id, t.name_hit, t.rank, t.name from matched t where ${all}
          order by t.name_hit desc, t.rank desc, t.name, t.id
          limit ${search.pageSize} offset ${offset}
        )`
      : sql`combos as materialized (
          select t.country, t.looking_for, t.sector_ids, t.companies as n
          from company_directory_counts t where t.forum_id = ${forumId} and t.companies > 0
        ),
        hits as (
          select t.id, false as name_hit, 0::real as rank, t.name from companies t where ${approved} and ${all}
          order by t.name, t.id
          limit ${search.pageSize} offset ${offset}
        )`;

  const statement = sql`
    with ${sources},
    flagged as materialized (
      select t.*, ${where.country} as in_country, ${where.sector} as in_sector, ${where.lookingFor} as in_looking_for
      from combos t
    )
    select
      (select coalesce(sum(f.n), 0)::int from flagged f where f.in_country and f.in_sector and f.in_looking_for) as total,
      (select coalesce(json_agg(json_build_object(
          'id', c.id, 'name', c.name, 'country', c.country, 'city', c.city, 'size', c.size,
          'lookingFor', c.looking_for, 'description', left(c.description, 300), 'nameMatch', h.name_hit,
          'sectorCodes', array(select s.code from sectors s where s.id = any(c.sector_ids) order by s.position, s.code))
          order by h.name_hit desc, h.rank desc, h.name, h.id), '[]'::json)
       from hits h join companies c on c.id = h.id) as companies,
      (select coalesce(json_agg(json_build_object('value', x.value, 'count', x.n) order by x.n desc, x.value), '[]'::json)
       from (select f.country as value, sum(f.n)::int as n from flagged f
             where f.in_sector and f.in_looking_for group by f.country) x) as country_facet,
      (select coalesce(json_agg(json_build_object('value', s.code, 'name', s.name, 'count', coalesce(x.n, 0))
                                order by s.position, s.code), '[]'::json)
       from sectors s left join (
         select sector_id, sum(f.n)::int as n from flagged f, unnest(f.sector_ids) sector_id
         where f.in_country and f.in_looking_for group by sector_id) x on x.sector_id = s.id
       where s.forum_id = ${forumId}) as sector_facet,
      (select coalesce(json_agg(json_build_object('value', x.value, 'count', x.n) order by x.n desc, x.value), '[]'::json)
       from (select v as value, sum(f.n)::int as n from flagged f, unnest(f.looking_for) v
             where f.in_country and f.in_sector group by v) x) as looking_for_facet
  `;
  const [row] = rowsOf<{
    total: number;
    companies: DirectoryCompany[] | string;
    country_facet: FacetCount[] | string;
    sector_facet: DirectoryResult["facets"]["sector"] | string;
    looking_for_facet: FacetCount<LookingFor>[] | string;
  }>(await db.execute(statement));
  const total = row?.total ?? 0;
  return {
    companies: parsed(row?.companies) ?? [],
    total,
    page: search.page,
    pageSize: search.pageSize,
    pageCount: Math.max(1, Math.ceil(total / search.pageSize)),
    facets: {
      country: parsed(row?.country_facet) ?? [],
      sector: parsed(row?.sector_facet) ?? [],
      lookingFor: parsed(row?.looking_for_facet) ?? [],
    },
  };
}

/** Both drivers parse json columns; a string is parsed here in case one ever does not. */
function parsed<T>(value: T | string | undefined): T | undefined {
  return typeof value === "string" ? (JSON.parse(value) as T) : value;
}
