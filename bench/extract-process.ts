/**
 * One process of the extract bench's whole pass (extract.bench.ts starts several): it warms up on
 * its own, times the passes and sends their wall and CPU milliseconds to the bench.
 */
import { benchSets, timeRuns, wholePass } from "./extract-pass.js";

if (!process.send) throw new Error("extract-process.ts is started by extract.bench.ts");
process.send(timeRuns(wholePass(benchSets().flatMap((s) => s.texts))));
