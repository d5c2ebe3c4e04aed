import { sql } from "drizzle-orm";
import {
  char,
  check,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { forums, sectors } from "./forums";
import { rankVectorSql, searchVectorSql } from "./search";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const companyStatuses = ["pending", "approved", "rejected"] as const;
export type CompanyStatus = (typeof companyStatuses)[number];

export const companySizes = ["micro", "small", "medium", "large"] as const;
export type CompanySize = (typeof companySizes)[number];

export const lookingForOptions = [
  "export",
  "import",
  "distribution",
  "investment",
  "joint_venture",
  "technology_transfer",
] as const;
export type LookingFor = (typeof lookingForOptions)[number];

export const companies = pgTable(
  "companies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    forumId: uuid("forum_id")
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    country: char("country", { length: 2 }).notNull(),
    city: text("city").notNull(),
    description: text("description").notNull().default(""),
    website: text("website"),
    size: text("size").$type<CompanySize>(),
    lookingFor: text("looking_for").array().$type<LookingFor[]>().notNull().default(sql`'{}'::text[]`),
    status: text("status").$type<CompanyStatus>().notNull().default("pending"),
    rejectionReason: text("rejection_reason"),
    /** Accepted meeting requests, kept by a trigger that also enforces the forum's cap. */
    acceptedMeetings: integer("accepted_meetings").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /** The company's offer and need texts, kept up to date by triggers on company_items. */
    itemsText: text("items_text").notNull().default(""),
    /** The company's sectors, kept up to date by triggers on company_sectors, for directory filters and counts. */
    sectorIds: uuid("sector_ids").array().notNull().default(sql`'{}'::uuid[]`),
    /** The names of the company's sectors in every language, kept by triggers, for the search. */
    sectorText: text("sector_text").notNull().default(""),
    /** Full text in every forum language; weights: name A, offers and needs B, description and sectors C, city D. */
    searchVector: tsvector("search_vector").notNull().generatedAlwaysAs(sql.raw(searchVectorSql)),
    /** Name A and offers and needs B: what matches are ranked by. */
    rankVector: tsvector("rank_vector").notNull().generatedAlwaysAs(sql.raw(rankVectorSql)),
  },
  (t) => [
    index("companies_forum_status_idx").on(t.forumId, t.status),
    index("companies_search_vector_idx").using("gin", t.searchVector),
    // Everything the directory filters, counts and sorts on, so a search without words reads
    // this index alone (an index-only scan) rather than the wide rows.
    index("companies_directory_idx").on(t.forumId, t.status, t.name, t.id, t.country, t.lookingFor, t.sectorIds),
    check("companies_status", sql`${t.status} in ('pending', 'approved', 'rejected')`),
    check("companies_size", sql`${t.size} is null or ${t.size} in ('micro', 'small', 'medium', 'large')`),
    check("companies_name_length", sql`char_length(${t.name}) between 2 and 160`),
  ],
);

export const companySectors = pgTable(
  "company_sectors",
  {
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    sectorId: uuid("sector_id")
      .notNull()
      .references(() => sectors.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.sectorId] }),
    index("company_sectors_sector_idx").on(t.sectorId),
  ],
);

export const companyItemKinds = ["offer", "need"] as const;
export type CompanyItemKind = (typeof companyItemKinds)[number];

/** A short "we offer" or "we seek" line of a company's profile. */
export const companyItems = pgTable(
  "company_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    kind: text("kind").$type<CompanyItemKind>().notNull(),
    text: text("text").notNull(),
    sectorId: uuid("sector_id").references(() => sectors.id, { onDelete: "set null" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    index("company_items_company_idx").on(t.companyId),
    check("company_items_kind", sql`${t.kind} in ('offer', 'need')`),
    check("company_items_text_length", sql`char_length(${t.text}) between 2 and 200`),
  ],
);

/**
 * Every word of every company's search vector, kept by a trigger on companies: a query word
 * with a typo finds its neighbours here by trigram similarity (a small table, so fast)
 * before the full-text match. Words are never removed; a stale one only matches nothing.
 */
export const companySearchWords = pgTable(
  "company_search_words",
  {
    word: text("word").primaryKey(),
  },
  (t) => [index("company_search_words_trgm_idx").using("gist", sql`${t.word} gist_trgm_ops`)],
);

/**
 * How many approved companies of a forum share each combination of country, "looking for"
 * and sectors, kept by a trigger on companies. The directory's counts for a search without
 * words read these few rows (hundreds, a few thousand at most) instead of every company.
 */
export const companyDirectoryCounts = pgTable(
  "company_directory_counts",
  {
    forumId: uuid("forum_id").notNull(),
    country: char("country", { length: 2 }).notNull(),
    lookingFor: text("looking_for").array().notNull(),
    sectorIds: uuid("sector_ids").array().notNull(),
    companies: integer("companies").notNull(),
  },
  (t) => [primaryKey({ columns: [t.forumId, t.country, t.lookingFor, t.sectorIds] })],
);

export type Company = typeof companies.$inferSelect;
export type NewCompany = typeof companies.$inferInsert;
export type CompanyItem = typeof companyItems.$inferSelect;

/**
 * A link the main contact sends to bring a colleague into the company. Only a hash of the
 * token is stored; a link works once, until it expires or is revoked.
 */
export const companyInvitations = pgTable(
  "company_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    email: text("email"),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    usedBy: uuid("used_by"),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("company_invitations_token_key").on(t.tokenHash),
    index("company_invitations_company_idx").on(t.companyId),
    check("company_invitations_expiry", sql`${t.expiresAt} > ${t.createdAt}`),
    check("company_invitations_used_once", sql`(${t.usedAt} is null) = (${t.usedBy} is null)`),
  ],
);

export type CompanyInvitation = typeof companyInvitations.$inferSelect;
