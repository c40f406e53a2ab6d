/**
 * Candidate pairs from blocking, compared as they are found: each pair is stored once (the first
 * rule that blocks it claims it) with its comparison pattern and the set of rules that block it.
 */
import type { BlockingRule } from "./blocking-rules.js";
import type { Comparator } from "./comparators.js";
import { MISSING } from "./dictionary.js";
import { PatternTable } from "./pattern-table.js";

export interface CandidatePairs {
  readonly count: number;
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** Index into patterns.levels for each pair. */
  readonly pattern: Int32Array;
  /** Bit r set when rule r blocks the pair. */
  readonly ruleMask: Int32Array;
  readonly patterns: PatternTable;
  /** Blocks larger than maxBlockSize are skipped; their sizes are counted here. */
  readonly skippedBlocks: number;
  readonly skippedRecords: number;
}

export interface PairOptions {
  /** Only pairs from different lists (linkage) rather than all pairs (deduplication). */
  readonly acrossOnly: boolean;
  readonly maxBlockSize: number;
  /**
   * Per rule, the columns that split a block over the size cap, in order: a block too large is
   * split by the first, a part still too large by the next, and only what is still too large
   * after the last is skipped. (Skipping whole blocks lost the true matches among common names.)
   */
  readonly refine?: readonly (readonly Int32Array[])[];
  /**
   * Per rule, when given: the records the rule may pair (1), each with any record of its block;
   * a pair of two records with 0 is not the rule's (see BlockingRule.forRecordsWithout).
   */
  readonly eligible?: readonly (Uint8Array | undefined)[];
  readonly onRule?: (ruleIndex: number, pairsSoFar: number) => void;
}

class Growable {
  left = new Int32Array(1 << 16);
  right = new Int32Array(1 << 16);
  pattern = new Int32Array(1 << 16);
  mask = new Int32Array(1 << 16);
  count = 0;
  grow(): void {
    const n = this.left.length * 2;
    const up = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.left = up(this.left);
    this.right = up(this.right);
    this.pattern = up(this.pattern);
    this.mask = up(this.mask);
  }
}

/** Sorted (key, record) pairs packed into doubles: the key in the high bits, the record below. */
function sortedByKey(keys: Int32Array, shift: number): Float64Array {
  let n = 0;
  for (const k of keys) if (k !== MISSING) n++;
  const packed = new Float64Array(n);
  const scale = 2 ** shift;
  let p = 0;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k !== MISSING) packed[p++] = (k >>> (32 - Math.min(32, 53 - shift))) * scale + i;
  }
  return packed.sort();
}

/**
 * Enumerates the pairs of every rule's blocks, skipping pairs an earlier rule already produced,
 * and compares each with all comparators. `keys[r]` is rule r's block key per record.
 */
export function candidatePairs(
  rules: readonly BlockingRule[],
  keys: Int32Array[],
  listOf: Int32Array,
  comparators: readonly Comparator[],
  options: PairOptions,
): CandidatePairs {
  const n = listOf.length;
  const shift = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const scale = 2 ** shift;
  const out = new Growable();
  const patterns = new PatternTable(comparators);
  let skippedBlocks = 0;
  let skippedRecords = 0;
  let refinedKey = 0x5bd1e995;
  const eligible = options.eligible ?? [];
  /** Whether rule q blocks the pair (i, j): same key, and a record it may pair. */
  const blocks = (q: number, i: number, j: number): boolean => {
    const kq = keys[q]![i]!;
    if (kq === MISSING || kq !== keys[q]![j]) return false;
    const e = eligible[q];
    return e === undefined || e[i] === 1 || e[j] === 1;
  };
  for (let r = 0; r < rules.length; r++) {
    const kr = keys[r]!;
    const er = eligible[r];
    const cap = rules[r]!.maxBlockSize ?? options.maxBlockSize;
    const refine = options.refine?.[r] ?? [];
    const sorted = sortedByKey(kr, shift);
    const emit = (members: ArrayLike<number>) => {
      for (let a = 0; a < members.length; a++) {
        const i = members[a]!;
        for (let b = a + 1; b < members.length; b++) {
          const j = members[b]!;
          if (options.acrossOnly && listOf[i] === listOf[j]) continue;
          if (kr[i] !== kr[j]) continue; // truncated keys can merge blocks when n > 2^21
          if (er && er[i] === 0 && er[j] === 0) continue;
          let seen = false;
          for (let q = 0; q < r && !seen; q++) seen = blocks(q, i, j);
          if (seen) continue;
          let mask = 1 << r;
          for (let q = r + 1; q < rules.length; q++) if (blocks(q, i, j)) mask |= 1 << q;
          if (out.count === out.left.length) out.grow();
          const c = out.count++;
          out.left[c] = Math.min(i, j);
          out.right[c] = Math.max(i, j);
          out.pattern[c] = patterns.indexOf(i, j);
          out.mask[c] = mask;
        }
      }
    };
    // An over-size block is split by the refining columns; each part gets a key of its own, so
    // that later rules see exactly which pairs this rule produced. What stays too large is skipped.
    const split = (members: number[], depth: number) => {
      if (members.length <= cap) {
        if (depth > 0) {
          refinedKey = (Math.imul(refinedKey, 0x01000193) + 0x9e3779b9) | 0;
          const key = refinedKey === MISSING ? 0 : refinedKey;
          for (const i of members) kr[i] = key;
        }
        emit(members);
        return;
      }
      const column = refine[depth];
      if (!column) {
        skippedBlocks++;
        skippedRecords += members.length;
        // Later rules must not assume this rule produced these pairs.
        for (const i of members) kr[i] = MISSING;
        return;
      }
      const parts = new Map<number, number[]>();
      for (const i of members) {
        const v = column[i]!;
        const part = parts.get(v);
        if (part) part.push(i);
        else parts.set(v, [i]);
      }
      for (const part of parts.values()) split(part, depth + 1);
    };
    let start = 0;
    while (start < sorted.length) {
      const block = Math.floor(sorted[start]! / scale);
      let end = start + 1;
      while (end < sorted.length && Math.floor(sorted[end]! / scale) === block) end++;
      const members: number[] = [];
      for (let a = start; a < end; a++) members.push(sorted[a]! % scale);
      // A block with no record the rule may pair yields nothing.
      if (er && !members.some((i) => er[i] === 1)) {
        start = end;
        continue;
      }
      if (members.length > cap) split(members, 0);
      else emit(members);
      start = end;
    }
    options.onRule?.(r, out.count);
  }
  return {
    count: out.count,
    left: out.left.subarray(0, out.count),
    right: out.right.subarray(0, out.count),
    pattern: out.pattern.subarray(0, out.count),
    ruleMask: out.mask.subarray(0, out.count),
    patterns,
    skippedBlocks,
    skippedRecords,
  };
}
