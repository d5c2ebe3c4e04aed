import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openPglite, openPostgres } from "../client";
import { migrateDatabase } from "../migrate";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: { kind: "postgres"; url: string; template: string } | { kind: "pglite"; dump: string };
  }
}

/**
 * Migrates one template database per run; each test file then gets its own copy, so files
 * run in parallel without seeing each other's rows. PostgreSQL when DATABASE_URL is set
 * (the CI server), else PGlite.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = `passerelle_tpl_${process.pid}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${template}`);
    await admin.unsafe(`CREATE DATABASE ${template}`);
    const templateUrl = withDatabase(url, template);
    const handle = openPostgres(templateUrl, 1);
    await migrateDatabase(handle);
    await handle.close();
    project.provide("testDatabase", { kind: "postgres", url, template });
    return async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await admin.end();
    };
  }
  const handle = openPglite("memory://");
  await migrateDatabase(handle);
  const dump = await handle.pglite!.dumpDataDir("none");
  const file = path.join(process.cwd(), ".data", "test", `template-${process.pid}.tar`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide("testDatabase", { kind: "pglite", dump: file });
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
