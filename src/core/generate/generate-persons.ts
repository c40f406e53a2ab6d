/**
 * A seedable generator of victim lists with known truth, for tests and benchmarks of linkage and
 * estimation: several lists, each capturing people with its own probability (and people differing
 * in how visible they are), each writing names its own way, with typos, gaps and age noise.
 */
import { createRng, type Rng } from "../estimation/random.js";
import { LAYOUTS, type ListLayout } from "./list-layouts.js";
import { drawPerson, type Person } from "./person.js";
import { renderRow } from "./render-row.js";

export interface GenerateOptions {
  readonly people: number;
  readonly lists: number;
  readonly seed: number;
  /** Chance that a captured person is entered twice in the same list. Default 0. */
  readonly duplicateRate?: number;
  /** Chance of a keying error per name word. Default 0.04. */
  readonly typoRate?: number;
  /** Chance that an optional field is left empty. Default 0.08. */
  readonly missingRate?: number;
  /** Chance of a less usual romanisation per letter. Default 0.3. */
  readonly variation?: number;
  /** Base capture probability of each list; drawn in [0.3, 0.7] when not given. */
  readonly captureProbabilities?: readonly number[];
  /** Layout index (into LAYOUTS) of each list; default list k uses layout k mod 4. */
  readonly layouts?: readonly number[];
  /** Year of the event, for ages. Default 1992. */
  readonly eventYear?: number;
}

export interface GeneratedList {
  readonly name: string;
  readonly layout: ListLayout;
  readonly header: readonly string[];
  readonly rows: string[][];
  /** Truth: the person each row renders (same order as rows). */
  readonly personIds: Int32Array;
}

export interface GeneratedPersons {
  readonly people: number;
  readonly lists: GeneratedList[];
  /** Number of people on no list: the quantity estimation tries to recover. */
  readonly unobserved: number;
}

function shuffle(order: Int32Array, rng: Rng): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
}

/**
 * Generates `people` persons and `lists` lists of them. Deterministic for a given seed.
 * @example generatePersons({ people: 2000, lists: 4, seed: 7 }).lists[1].rows[0]
 */
export function generatePersons(options: GenerateOptions): GeneratedPersons {
  const rng = createRng(options.seed);
  const eventYear = options.eventYear ?? 1992;
  const people: Person[] = [];
  for (let i = 0; i < options.people; i++) people.push(drawPerson(i + 1, rng, eventYear));
  const seen = new Uint8Array(options.people);
  const lists: GeneratedList[] = [];
  for (let k = 0; k < options.lists; k++) {
    const layout = LAYOUTS[(options.layouts?.[k] ?? k) % LAYOUTS.length]!;
    const base = options.captureProbabilities?.[k] ?? 0.3 + 0.4 * rng.next();
    const chosen: number[] = [];
    for (let i = 0; i < people.length; i++) {
      const p = Math.min(0.98, base * people[i]!.visibility);
      if (rng.next() < p) {
        chosen.push(i);
        seen[i] = 1;
        if (rng.next() < (options.duplicateRate ?? 0)) chosen.push(i);
      }
    }
    const order = Int32Array.from(chosen);
    shuffle(order, rng);
    const name = `list-${k + 1}-${layout.label}`;
    const noise = {
      typoRate: options.typoRate ?? 0.04,
      missingRate: options.missingRate ?? 0.08,
      variation: options.variation ?? 0.3,
      eventYear,
    };
    const rows = Array.from(order, (idx, r) =>
      renderRow(people[idx]!, layout, `${k + 1}-${r + 1}`, rng, noise),
    );
    const personIds = order.map((idx) => people[idx]!.id);
    lists.push({ name, layout, header: layout.columns, rows, personIds });
  }
  let unobserved = 0;
  for (const s of seen) if (s === 0) unobserved++;
  return { people: options.people, lists, unobserved };
}
