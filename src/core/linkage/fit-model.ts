/**
 * Fitting the Fellegi–Sunter model without labels: one EM session per set of blocking fields
 * (leaving those fields out), m averaged over the sessions that estimated it, then the prior
 * share of matches among all pairs found by a fixed point on the scored candidate pairs.
 */
import type { BlockingRule } from "./blocking-rules.js";
import { PART_FIELDS } from "./blocking-rules.js";
import type { CandidatePairs } from "./candidate-pairs.js";
import { initialM, runEm } from "./expectation-maximisation.js";
import { allLogOdds } from "./scoring.js";

export interface FieldModel {
  readonly field: string;
  readonly levels: readonly string[];
  /** P(level | same person). */
  readonly m: readonly number[];
  /** P(level | different people). */
  readonly u: readonly number[];
}

export interface LinkageModel {
  readonly fields: readonly FieldModel[];
  /** Probability that two records drawn at random from the scope are the same person. */
  readonly prior: number;
  readonly sessions: ReadonlyArray<{
    readonly leftOut: readonly string[];
    readonly pairs: number;
    readonly lambda: number;
  }>;
}

/**
 * m for a field no session could learn (every blocking rule fixes it): the same person mostly
 * agrees exactly, and otherwise at the next-closest levels (a transliteration, a phonetic match)
 * far more often than at disagreement.
 */
function fixedM(levels: number): Float64Array {
  if (levels === 1) return new Float64Array([1]);
  const m = new Float64Array(levels);
  for (let l = 0; l < levels - 1; l++) m[l] = 0.55 * 0.45 ** l;
  m[levels - 1] = 0.02;
  const total = m.reduce((a, b) => a + b, 0);
  return m.map((x) => x / total);
}

interface Session {
  readonly include: boolean[];
  readonly m: Float64Array[];
  readonly lambda: number;
  readonly n: number;
  readonly loose: boolean;
}

/**
 * m per field as the average of the sessions that estimated it, weighted by their expected
 * matches. Loose sessions (rules capped by block size) and sessions where matches are under 5% of
 * the pairs mostly fit structure among non-matches, so they count only for fields no other
 * session saw. A field fixed by every rule cannot be learnt without labels and keeps a prior guess.
 */
function combineSessions(
  levels: readonly number[],
  estimates: ReadonlyArray<Session>,
): Float64Array[] {
  return levels.map((L, f) => {
    const seen = estimates.filter((e) => e.include[f]);
    const good = seen.filter((e) => e.lambda >= 0.05 && !e.loose);
    const use = good.length > 0 ? good : seen;
    if (use.length === 0) return fixedM(L);
    const out = new Float64Array(L);
    let weight = 0;
    for (const e of use) {
      const w = Math.max(1e-9, e.lambda * e.n);
      weight += w;
      for (let l = 0; l < L; l++) out[l]! += w * e.m[f]![l]!;
    }
    return out.map((x) => x / weight);
  });
}

/** Estimates m for every comparator and the prior, given u from random pairs. */
export function fitModel(
  pairs: CandidatePairs,
  rules: readonly BlockingRule[],
  u: readonly Float64Array[],
  totalPairs: number,
  iterations: number,
  onSession?: (done: number, total: number) => void,
  onScore?: (done: number, total: number) => void,
): { model: LinkageModel; m: Float64Array[]; logOdds: Float64Array } {
  const cs = pairs.patterns.comparators;
  const F = cs.length;
  const groups = new Map<string, { fields: Set<string>; bits: number; loose: boolean }>();
  rules.forEach((rule, r) => {
    const fields = new Set(rule.parts.flatMap((p) => PART_FIELDS[p]));
    // Sex follows from names (gendered given names, -ov/-ova, oğlu/qızı): records blocked on a
    // name agree on sex whether or not they are the same person, so EM must not learn it there.
    if (["surname", "given", "patronymic"].some((f) => fields.has(f))) fields.add("sex");
    // Rules capped by block size or kept for records that lack a field are there to catch
    // stragglers; their blocks are mostly namesakes, and EM there learns namesakes as matches.
    // They get sessions of their own, so that their pairs never flood the session of a strict
    // rule on the same fields (surname+year_bin beside surname+birth_date: 29 M pairs against
    // 0.1 M at 1,000,000 records).
    const loose = rule.maxBlockSize !== undefined || rule.forRecordsWithout !== undefined;
    const key = `${[...fields].sort().join(",")}${loose ? " (loose)" : ""}`;
    const g = groups.get(key) ?? { fields, bits: 0, loose };
    g.bits |= 1 << r;
    groups.set(key, g);
  });
  const estimates: Session[] = [];
  const sessions: { leftOut: string[]; pairs: number; lambda: number }[] = [];
  let bestMatches = 0;
  const runSession = (include: boolean[], bits: number, leftOut: string[], loose: boolean) => {
    const counts = new Float64Array(pairs.patterns.size);
    let n = 0;
    for (let k = 0; k < pairs.count; k++) {
      if ((pairs.ruleMask[k]! & bits) !== 0) {
        counts[pairs.pattern[k]!]!++;
        n++;
      }
    }
    const m = cs.map((c) => initialM(c.levels.length));
    const data = { levels: pairs.patterns.levels, fieldCount: F, counts };
    const lambda = runEm(data, u, m, include, iterations);
    sessions.push({ leftOut, pairs: n, lambda });
    bestMatches = Math.max(bestMatches, lambda * n);
    estimates.push({ include, m, lambda, n, loose });
  };
  for (const g of groups.values()) {
    onSession?.(sessions.length, groups.size + 1);
    runSession(
      cs.map((c) => !g.fields.has(c.field)),
      g.bits,
      [...g.fields],
      g.loose,
    );
  }
  const m = combineSessions(
    cs.map((c) => c.levels.length),
    estimates,
  );
  onSession?.(groups.size, groups.size + 1);
  const logOdds = allLogOdds(pairs, m, u, onScore);
  // When EM found no matches to speak of (tiny lists), start from a tenth of the candidate pairs
  // and let the fixed point below settle the share; otherwise it would stay at nothing.
  const start = bestMatches >= 1 ? bestMatches : 0.1 * pairs.count;
  let prior = Math.min(0.5, Math.max(1e-12, start / Math.max(1, totalPairs)));
  for (let round = 0; round < 4; round++) {
    const logit = Math.log(prior / (1 - prior));
    let expected = 0;
    for (let k = 0; k < logOdds.length; k++) expected += 1 / (1 + Math.exp(-(logit + logOdds[k]!)));
    prior = Math.min(0.5, Math.max(1e-12, expected / Math.max(1, totalPairs)));
  }
  onSession?.(groups.size + 1, groups.size + 1);
  const fields = cs.map((c, f) => ({
    field: c.field,
    levels: c.levels,
    m: [...m[f]!],
    u: [...u[f]!],
  }));
  return { model: { fields, prior, sessions }, m, logOdds };
}
