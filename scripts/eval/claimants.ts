/**
 * Lists the development half's claimant mismatches (`npx tsx scripts/eval/claimants.ts`): the
 * labelled claimant, the proposed one, and the sentence. The test half is never listed.
 */
import { loadHalf } from "./eval-set.js";
import { sameClaimant, scoreDocument } from "./score.js";

for (const doc of loadHalf("dev")) {
  const wrong = scoreDocument(doc).pairs.filter(
    (p) => !sameClaimant(p.gold.claimant, p.predicted.claimant),
  );
  if (wrong.length === 0) continue;
  console.log(`\n## ${doc.name}`);
  for (const p of wrong) {
    const around = doc.text
      .slice(Math.max(0, p.gold.start - 120), p.gold.end + 80)
      .replace(/\s+/g, " ");
    console.log(
      `  "${p.gold.quote}" want ${p.gold.claimant} got ${p.predicted.claimant.name} (${p.predicted.claimant.role})\n      …${around}…`,
    );
  }
}
