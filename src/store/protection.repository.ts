/** SQL of protected persons and their consent records. No policy here. */
import type { Queryable } from "./db.js";

export interface CasePersonRecord {
  readonly id: string;
  readonly caseId: string;
  readonly name: string;
  readonly nameKey: string;
  readonly pseudonym: string;
  readonly protected: boolean;
  readonly version: number;
  readonly changedAt: Date;
  readonly changedBy: string;
}

export interface ConsentRecord {
  readonly id: string;
  readonly personId: string;
  readonly scope: string;
  readonly givenOn: string;
  readonly note: string | null;
  readonly recordedAt: Date;
  readonly recordedBy: string;
  readonly withdrawnAt: Date | null;
  readonly withdrawnBy: string | null;
  readonly version: number;
}

interface PersonRow {
  id: string;
  case_id: string;
  name: string;
  name_key: string;
  pseudonym: string;
  protected: boolean;
  version: number;
  changed_at: Date;
  changed_by: string;
}

const toPerson = (r: PersonRow): CasePersonRecord => ({
  id: r.id,
  caseId: r.case_id,
  name: r.name,
  nameKey: r.name_key,
  pseudonym: r.pseudonym,
  protected: r.protected,
  version: Number(r.version),
  changedAt: r.changed_at,
  changedBy: r.changed_by,
});

export async function personsOfCase(db: Queryable, caseId: string): Promise<CasePersonRecord[]> {
  const rows = await db.query<PersonRow>(
    "SELECT * FROM case_persons WHERE case_id = $1 ORDER BY pseudonym",
    [caseId],
  );
  return rows.map(toPerson);
}

/**
 * The persons who may not be named publicly, in every case: protected, or without consent to
 * publication in force. Read on every request (no cache), so a withdrawal counts at once.
 */
export async function unnamedPersons(db: Queryable): Promise<CasePersonRecord[]> {
  const rows = await db.query<PersonRow>(
    `SELECT p.* FROM case_persons p
      WHERE p.protected OR NOT EXISTS (
        SELECT 1 FROM person_consents c
         WHERE c.person_id = p.id AND c.scope = 'publication' AND c.withdrawn_at IS NULL)`,
  );
  return rows.map(toPerson);
}

/** Inserts or updates a person's protection as its next version, with the version row. */
export async function putPerson(
  tx: Queryable,
  p: CasePersonRecord,
  reason: string | null,
): Promise<void> {
  await tx.query(
    `INSERT INTO case_persons (id, case_id, name, name_key, pseudonym, protected, version, changed_at, changed_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (id) DO UPDATE SET name_key = $4, protected = $6, version = $7, changed_at = $8, changed_by = $9`,
    [
      p.id,
      p.caseId,
      p.name,
      p.nameKey,
      p.pseudonym,
      p.protected,
      p.version,
      p.changedAt,
      p.changedBy,
    ],
  );
  await tx.query(
    `INSERT INTO case_person_versions (person_id, version, protected, created_at, created_by, reason)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [p.id, p.version, p.protected, p.changedAt, p.changedBy, reason],
  );
}

interface ConsentRow {
  id: string;
  person_id: string;
  scope: string;
  given_on: string | Date;
  note: string | null;
  recorded_at: Date;
  recorded_by: string;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
  version: number;
}

const isoDay = (d: string | Date) => (typeof d === "string" ? d : d.toISOString().slice(0, 10));

const toConsent = (r: ConsentRow): ConsentRecord => ({
  id: r.id,
  personId: r.person_id,
  scope: r.scope,
  givenOn: isoDay(r.given_on),
  note: r.note,
  recordedAt: r.recorded_at,
  recordedBy: r.recorded_by,
  withdrawnAt: r.withdrawn_at,
  withdrawnBy: r.withdrawn_by,
  version: Number(r.version),
});

export async function consentsOf(
  db: Queryable,
  personIds: readonly string[],
): Promise<ConsentRecord[]> {
  if (personIds.length === 0) return [];
  const rows = await db.query<ConsentRow>(
    `SELECT id, person_id, scope, to_char(given_on, 'YYYY-MM-DD') AS given_on, note, recorded_at,
            recorded_by, withdrawn_at, withdrawn_by, version
       FROM person_consents WHERE person_id = ANY($1::uuid[]) ORDER BY recorded_at, id`,
    [personIds as string[]],
  );
  return rows.map(toConsent);
}

export async function getConsent(db: Queryable, id: string): Promise<ConsentRecord | null> {
  const rows = await db.query<ConsentRow>(
    `SELECT id, person_id, scope, to_char(given_on, 'YYYY-MM-DD') AS given_on, note, recorded_at,
            recorded_by, withdrawn_at, withdrawn_by, version
       FROM person_consents WHERE id = $1`,
    [id],
  );
  return rows[0] ? toConsent(rows[0]) : null;
}

export async function insertConsent(tx: Queryable, c: ConsentRecord): Promise<void> {
  await tx.query(
    `INSERT INTO person_consents (id, person_id, scope, given_on, note, recorded_at, recorded_by, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 1)`,
    [c.id, c.personId, c.scope, c.givenOn, c.note, c.recordedAt, c.recordedBy],
  );
  await tx.query(
    `INSERT INTO person_consent_versions (consent_id, version, state, created_at, created_by, reason)
     VALUES ($1, 1, 'given', $2, $3, $4)`,
    [c.id, c.recordedAt, c.recordedBy, c.note],
  );
}

/** Withdraws a consent in force; false when it was already withdrawn. */
export async function withdrawConsent(
  tx: Queryable,
  id: string,
  by: string,
  at: Date,
  reason: string | null,
): Promise<boolean> {
  const rows = await tx.query<{ version: number }>(
    `UPDATE person_consents SET withdrawn_at = $2, withdrawn_by = $3, version = version + 1
      WHERE id = $1 AND withdrawn_at IS NULL RETURNING version`,
    [id, at, by],
  );
  const version = rows[0]?.version;
  if (version === undefined) return false;
  await tx.query(
    `INSERT INTO person_consent_versions (consent_id, version, state, created_at, created_by, reason)
     VALUES ($1, $2, 'withdrawn', $3, $4, $5)`,
    [id, version, at, by, reason],
  );
  return true;
}

/** The case a registered person belongs to, or null. */
export async function caseOfPerson(db: Queryable, personId: string): Promise<string | null> {
  const [row] = await db.query<{ case_id: string }>(
    "SELECT case_id FROM case_persons WHERE id = $1",
    [personId],
  );
  return row?.case_id ?? null;
}
