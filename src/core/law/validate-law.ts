/**
 * Validates the law files (law/*.json) in one pass, naming every problem by file and JSON path,
 * and resolves them into crimes whose shared elements are expanded in place. Pure: the caller
 * reads the files.
 */
import {
  asArray,
  asObject,
  type CaseError,
  type Ctx,
  fail,
  type Obj,
  oneOf,
  str,
} from "../case/read-json.js";
import {
  ARTICLE_PATTERNS,
  type ArticleRef,
  type Crime,
  ELEMENT_KINDS,
  type ElementKind,
  type ElementPart,
  type ElementTarget,
  type Instrument,
  LAW_CATEGORIES,
  type Law,
  type LawFamily,
  type LegalElement,
} from "./law-types.js";

export type LawError = CaseError;
export type LawValidation =
  | { readonly ok: true; readonly law: Law }
  | { readonly ok: false; readonly errors: readonly LawError[] };

const ID = /^[a-z][a-z0-9-]*$/;
const VERSION = /^\d+\.\d+\.\d+$/;
/** Elements are paraphrases: a long text is a sign that treaty text was pasted. */
export const MAX_TEXT = 320;

function id(ctx: Ctx, o: Obj, path: string, seen: Set<string>): string {
  const value = str(ctx, o, "id", path);
  if (value && !ID.test(value)) fail(ctx, `${path}.id`, `"${value}" is not a lowercase kebab id`);
  else if (value && seen.has(value)) fail(ctx, `${path}.id`, `id "${value}" is used twice`);
  seen.add(value);
  return value;
}

function text(ctx: Ctx, o: Obj, path: string): string {
  const value = str(ctx, o, "text", path);
  if (value.length > MAX_TEXT)
    fail(ctx, `${path}.text`, `${value.length} characters; paraphrase in at most ${MAX_TEXT}`);
  return value;
}

function parts(
  ctx: Ctx,
  o: Obj,
  key: "alternatives" | "subElements",
  kind: ElementKind,
  path: string,
  seen: Set<string>,
): ElementPart[] {
  if (o[key] === undefined) return [];
  const list = asArray(ctx, o[key], `${path}.${key}`);
  if (key === "alternatives" && list.length < 2)
    fail(ctx, `${path}.${key}`, "alternatives need at least two branches");
  if (key === "subElements" && list.length < 1)
    fail(ctx, `${path}.${key}`, "leave subElements out rather than empty");
  return list.map((raw, i) => {
    const p = `${path}.${key}[${i}]`;
    const part = asObject(ctx, raw, p);
    return {
      id: id(ctx, part, p, seen),
      text: text(ctx, part, p),
      kind: part.kind === undefined ? kind : oneOf(ctx, part, "kind", ELEMENT_KINDS, p),
    };
  });
}

function element(
  ctx: Ctx,
  raw: unknown,
  path: string,
  family: string,
  shared: boolean,
  seen: Set<string>,
): LegalElement {
  const o = asObject(ctx, raw, path);
  const kind = oneOf(ctx, o, "kind", ELEMENT_KINDS, path);
  for (const key of Object.keys(o))
    if (!["id", "kind", "text", "alternatives", "subElements"].includes(key))
      fail(ctx, `${path}.${key}`, "unknown field");
  return {
    id: id(ctx, o, path, seen),
    kind,
    text: text(ctx, o, path),
    alternatives: parts(ctx, o, "alternatives", kind, path, seen),
    subElements: parts(ctx, o, "subElements", kind, path, seen),
    shared,
    family,
  };
}

function articles(ctx: Ctx, o: Obj, path: string, instruments: ReadonlySet<string>): ArticleRef[] {
  const list = asArray(ctx, o.articles, `${path}.articles`);
  if (list.length === 0) fail(ctx, `${path}.articles`, "a crime needs at least one article");
  return list.map((raw, i) => {
    const p = `${path}.articles[${i}]`;
    const a = asObject(ctx, raw, p);
    const instrument = str(ctx, a, "instrument", p);
    const article = str(ctx, a, "article", p);
    if (instrument && !instruments.has(instrument))
      fail(ctx, `${p}.instrument`, `"${instrument}" is not among the file's instruments`);
    const pattern = ARTICLE_PATTERNS[instrument];
    if (instrument && !pattern) fail(ctx, `${p}.instrument`, `unknown instrument "${instrument}"`);
    else if (pattern && article && !pattern.test(article))
      fail(ctx, `${p}.article`, `"${article}" is not an article of ${instrument}`);
    return { instrument, article };
  });
}

interface FamilyResult {
  readonly family: LawFamily;
  readonly crimes: Crime[];
  readonly shared: LegalElement[];
}

function readFamily(ctx: Ctx, json: unknown, seen: Set<string>): FamilyResult {
  const o = asObject(ctx, json, "$");
  const familyId = id(ctx, o, "$", seen);
  const version = str(ctx, o, "version", "$");
  if (version && !VERSION.test(version))
    fail(ctx, "$.version", `"${version}" is not a version like 1.0.0`);
  const category = oneOf(ctx, o, "category", LAW_CATEGORIES, "$");
  const instruments: Instrument[] = asArray(ctx, o.instruments, "$.instruments").map((raw, i) => {
    const p = `$.instruments[${i}]`;
    const inst = asObject(ctx, raw, p);
    return { id: str(ctx, inst, "id", p), title: str(ctx, inst, "title", p) };
  });
  const instrumentIds = new Set(instruments.map((i) => i.id));
  const shared = asArray(ctx, o.shared ?? [], "$.shared").map((raw, i) =>
    element(ctx, raw, `$.shared[${i}]`, familyId, true, seen),
  );
  const sharedById = new Map(shared.map((e) => [e.id, e]));
  const used = new Set<string>();
  const lawVersion = `${familyId}@${version}`;
  const crimes = asArray(ctx, o.crimes, "$.crimes").map((raw, i): Crime => {
    const p = `$.crimes[${i}]`;
    const c = asObject(ctx, raw, p);
    const crimeId = id(ctx, c, p, seen);
    const elements = asArray(ctx, c.elements, `${p}.elements`).map((rawEl, j) => {
      const ep = `${p}.elements[${j}]`;
      const el = asObject(ctx, rawEl, ep);
      if (el.shared === undefined) return element(ctx, el, ep, familyId, false, seen);
      const ref = str(ctx, el, "shared", ep);
      const found = sharedById.get(ref);
      if (!found) fail(ctx, `${ep}.shared`, `no shared element "${ref}" in this file`);
      used.add(ref);
      return found ?? null;
    });
    const resolved = elements.filter((e): e is LegalElement => e !== null);
    if (new Set(resolved.map((e) => e.id)).size !== resolved.length)
      fail(ctx, `${p}.elements`, "an element appears twice in one crime");
    if (category !== "state_responsibility" && !resolved.some((e) => e.kind === "conduct"))
      fail(ctx, `${p}.elements`, "a crime needs a conduct element");
    if (category !== "state_responsibility" && !resolved.some((e) => e.kind === "mental"))
      fail(ctx, `${p}.elements`, "a crime needs a mental element");
    return {
      id: crimeId,
      title: str(ctx, c, "title", p),
      category,
      family: familyId,
      lawVersion,
      articles: articles(ctx, c, p, instrumentIds),
      elements: resolved,
    };
  });
  if (crimes.length === 0) fail(ctx, "$.crimes", "a law file needs at least one crime or rule");
  for (const [i, s] of shared.entries())
    if (!used.has(s.id)) fail(ctx, `$.shared[${i}]`, `shared element "${s.id}" is never used`);
  const family: LawFamily = {
    id: familyId,
    version,
    title: str(ctx, o, "title", "$"),
    category,
    note: str(ctx, o, "note", "$"),
    instruments,
  };
  return { family, crimes, shared };
}

/** Validates every law file together (ids are unique across all of them) and resolves them. */
export function validateLaw(
  files: readonly { readonly file: string; readonly json: unknown }[],
): LawValidation {
  const errors: LawError[] = [];
  const seen = new Set<string>();
  const results = files.map(({ file, json }) => readFamily({ file, errors }, json, seen));
  if (errors.length > 0) return { ok: false, errors };
  const targets = new Map<string, ElementTarget>();
  for (const { crimes, shared } of results)
    for (const element of [...shared, ...crimes.flatMap((c) => c.elements)]) {
      targets.set(element.id, { element, part: null, family: element.family });
      for (const part of [...element.alternatives, ...element.subElements])
        targets.set(part.id, { element, part, family: element.family });
    }
  return {
    ok: true,
    law: {
      families: results.map((r) => r.family),
      crimes: results.flatMap((r) => r.crimes),
      targets,
      translations: { az: new Map(), ru: new Map() },
    },
  };
}
