/**
 * Vitest global setup: a directory for this run's store templates (store-templates.ts) and a
 * prefix for its template databases, both removed when the run ends.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { tempDir } from "./paths.js";

export default function templatesSetup(project: TestProject): () => Promise<void> {
  const dir = tempDir("casefile-templates-");
  const prefix = `casefile_tpl_${randomBytes(4).toString("hex")}`;
  project.provide("storeTemplateDir", dir.path);
  project.provide("storeTemplatePrefix", prefix);
  return async () => {
    dir.remove();
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) return;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      const rows = await admin.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1",
        [`${prefix}%`],
      );
      for (const { datname } of rows.rows)
        await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  };
}
