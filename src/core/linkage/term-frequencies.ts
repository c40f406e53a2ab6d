/**
 * Term-frequency weights: agreeing on a value says as much as the value is rare. The u of
 * "agree on v" among different people is v's share of the records, not the field's average
 * agreement (Fellegi–Sunter with term-frequency adjustment, as in fastLink and Splink), so an
 * agreement's weight moves by log(average agreement / share of v): down for Məmmədov, up for a
 * rare name. Shares are taken within each sex where sex is known, because names are gendered and
 * the pairs compared share a sex.
 */
import { MISSING } from "./dictionary.js";

/** Largest adjustment either way, in nats: a value seen once or twice is no proof. */
export const TF_CAP = Math.log(30);

/**
 * Per record, log(Σ share² / share of its value) within its group (groups 1 and 2 are the sexes;
 * 0, unknown, uses every record); 0 for a missing value.
 * @example termWeights(Int32Array.of(7, 7, 7, 9), undefined) // [-0.51, -0.51, -0.51, 0.59]
 */
export function termWeights(values: Int32Array, groups: Int8Array | undefined): Float32Array {
  const n = values.length;
  // Counts per (group, value) in one map keyed by value * 4 + group; group 3 holds everyone.
  const counts = new Map<number, number>();
  const present = new Float64Array(4);
  const bump = (key: number) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v === MISSING) continue;
    const g = groups ? groups[i]! : 0;
    if (g === 1 || g === 2) {
      bump(v * 4 + g);
      present[g]!++;
    }
    bump(v * 4 + 3);
    present[3]!++;
  }
  // Σ share² per group: the chance that two records of the group agree on this field.
  const agreement = new Float64Array(4);
  for (const [key, c] of counts) {
    const g = ((key % 4) + 4) % 4;
    agreement[g]! += (c / present[g]!) ** 2;
  }
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v === MISSING) continue;
    const own = groups ? groups[i]! : 0;
    const g = own === 1 || own === 2 ? own : 3;
    const share = counts.get(v * 4 + g)! / present[g]!;
    out[i] = Math.max(-TF_CAP, Math.min(TF_CAP, Math.log(agreement[g]! / share)));
  }
  return out;
}
