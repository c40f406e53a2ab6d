import { describe, expect, it } from "vitest";
import {
  shippedLawFiles as shipped,
  shippedLawTranslation,
  testLaw,
} from "../../../test/support/law.js";
import {
  articleLabel,
  LAW_LANGUAGES,
  type Law,
  lawTexts,
  validateLaw,
  validateLawTranslation,
} from "./index.js";

function law(): Law {
  return testLaw();
}

/** Every article the issue names, as the files must cite it. */
const REQUIRED = [
  ...["a", "b", "c", "d", "e"].map((l) => `Genocide Convention art. II(${l})`),
  ...["a", "b", "c", "d", "e"].map((l) => `Rome Statute art. 6(${l})`),
  ...["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"].map(
    (l) => `Rome Statute art. 7(1)(${l})`,
  ),
  // War crimes: killing, ill-treatment of detainees, great suffering, displacement, hostages (IAC).
  ...["i", "ii", "iii", "vii", "viii"].map((n) => `Rome Statute art. 8(2)(a)(${n})`),
  // Attacks on civilians, displacement from occupied territory, mutilation, pillage, outrages (IAC).
  ...["i", "viii", "x", "xvi", "xxi"].map((n) => `Rome Statute art. 8(2)(b)(${n})`),
  // Murder, mutilation, cruel treatment, torture; outrages; hostages (NIAC, common article 3).
  ...["i", "ii", "iii"].map((n) => `Rome Statute art. 8(2)(c)(${n})`),
  // Attacks on civilians, pillage, displacement, mutilation (NIAC).
  ...["i", "v", "viii", "xi"].map((n) => `Rome Statute art. 8(2)(e)(${n})`),
  ...["4", "5", "7", "8", "11"].map((n) => `ILC Articles on State Responsibility art. ${n}`),
];

describe("the shipped law files", () => {
  it("are translated, every text, into Azerbaijani and Russian, and nothing else is", () => {
    for (const lang of LAW_LANGUAGES)
      expect(validateLawTranslation(law(), shippedLawTranslation(lang)), lang).toEqual([]);
    const extra = { ...(shippedLawTranslation("az") as object), "no-such-element": "x" };
    expect(validateLawTranslation(law(), extra)).toEqual([
      "no-such-element: no text of the law has this id",
    ]);
    const { genocide: _, ...missing } = shippedLawTranslation("ru") as Record<string, string>;
    expect(validateLawTranslation(law(), missing)).toEqual(["genocide: not translated"]);
    expect(lawTexts(law()).get("genocide-killing-1")).toMatch(/death/);
  });

  it("validate and cite every article the matrix must cover", () => {
    const cited = new Set(law().crimes.flatMap((c) => c.articles.map(articleLabel)));
    expect(REQUIRED.filter((a) => !cited.has(a))).toEqual([]);
  });

  it("write each family's contextual elements once and share them", () => {
    const { crimes } = law();
    const cah = crimes.filter((c) => c.category === "crimes_against_humanity");
    expect(cah).toHaveLength(11);
    for (const crime of cah) {
      const attack = crime.elements.find((e) => e.id === "cah-attack");
      expect(attack?.kind).toBe("contextual");
      expect(attack?.shared).toBe(true);
    }
    // One object, not eleven copies.
    expect(new Set(cah.map((c) => c.elements.find((e) => e.id === "cah-attack"))).size).toBe(1);
  });

  it("keep elements in order, with alternatives and sub-elements reachable as link targets", () => {
    const l = law();
    const killing = l.crimes.find((c) => c.id === "genocide-killing");
    expect(killing?.elements.map((e) => e.kind)).toEqual([
      "conduct",
      "circumstance",
      "mental",
      "contextual",
    ]);
    expect(l.targets.get("cah-attack-civilians")?.element.id).toBe("cah-attack");
    expect(l.targets.get("cah-attack-civilians")?.part?.kind).toBe("circumstance");
    expect(l.targets.get("wc-iac-hostages-1-seized")?.part?.text).toBe("seized");
    for (const crime of l.crimes) expect(crime.lawVersion).toMatch(/^[a-z-]+@\d+\.\d+\.\d+$/);
  });

  it("separate international from non-international armed conflict", () => {
    const { crimes } = law();
    const nexus = (id: string) =>
      crimes.find((c) => c.id === id)?.elements.find((e) => e.kind === "contextual")?.id;
    expect(nexus("wc-iac-hostages")).toBe("wc-iac-nexus");
    expect(nexus("wc-niac-hostages")).toBe("wc-niac-nexus");
  });
});

describe("validateLaw on bad input", () => {
  const base = () => structuredClone(shipped());

  function errorsOf(files: { file: string; json: unknown }[]): string[] {
    const result = validateLaw(files);
    return result.ok ? [] : result.errors.map((e) => `${e.file} ${e.path}: ${e.problem}`);
  }

  it("names an unknown element kind by file and path", () => {
    const files = base();
    const genocide = files.find((f) => f.file === "genocide.json")?.json as {
      crimes: { elements: { kind?: string }[] }[];
    };
    genocide.crimes[0]!.elements[0]!.kind = "motive";
    expect(errorsOf(files)).toEqual([
      expect.stringMatching(
        /^genocide\.json \$\.crimes\[0\]\.elements\[0\]\.kind: expected one of/,
      ),
    ]);
  });

  it("refuses a dangling shared reference, an unused shared element and a duplicate id", () => {
    const files = base();
    const cah = files.find((f) => f.file === "crimes-against-humanity.json")?.json as {
      shared: unknown[];
      crimes: { id: string; elements: unknown[] }[];
    };
    cah.crimes[0]!.elements[1] = { shared: "cah-nowhere" };
    cah.shared.push({ id: "cah-spare", kind: "mental", text: "Never referenced." });
    cah.crimes[1]!.id = "cah-murder";
    const errors = errorsOf(files);
    expect(errors).toContainEqual(expect.stringContaining('no shared element "cah-nowhere"'));
    expect(errors).toContainEqual(expect.stringContaining('"cah-spare" is never used'));
    expect(errors).toContainEqual(expect.stringContaining('id "cah-murder" is used twice'));
  });

  it("refuses a mistyped article, a one-branch alternative and pasted long text", () => {
    const files = base();
    const wc = files.find((f) => f.file === "war-crimes.json")?.json as {
      crimes: {
        articles: { article: string }[];
        elements: { text?: string; alternatives?: unknown[] }[];
      }[];
    };
    wc.crimes[0]!.articles[0]!.article = "8.2.a.i";
    wc.crimes[1]!.elements[0]!.alternatives = [{ id: "wc-lonely", text: "only one" }];
    wc.crimes[2]!.elements[0]!.text = "x".repeat(400);
    const errors = errorsOf(files);
    expect(errors).toContainEqual(
      expect.stringContaining('"8.2.a.i" is not an article of rome-statute'),
    );
    expect(errors).toContainEqual(expect.stringContaining("at least two branches"));
    expect(errors).toContainEqual(expect.stringContaining("400 characters"));
  });

  it("refuses a crime with no mental element and a file that is not an object", () => {
    const files = base();
    const genocide = files.find((f) => f.file === "genocide.json")?.json as {
      crimes: { elements: unknown[] }[];
    };
    genocide.crimes[0]!.elements = [{ id: "g-only", kind: "conduct", text: "Killed." }];
    files.push({ file: "broken.json", json: [1, 2] });
    const errors = errorsOf(files);
    expect(errors).toContainEqual(expect.stringContaining("a crime needs a mental element"));
    expect(errors).toContainEqual(expect.stringMatching(/^broken\.json \$: expected an object/));
  });
});
