export { buildChains, originalClaimant } from "./claimant-chains.js";
export {
  computeFigures,
  type FiguresInput,
  type FiguresOptions,
  figuresForMeasure,
} from "./compute-figures.js";
export { type FigureInputClaim, figureRows } from "./figure-rows.js";
export type * from "./figure-types.js";
export { figureLabel, intervalsOverlap, spreadOf } from "./figure-values.js";
export { changedOverTime, crossMeasure, valueConflicts } from "./flags.js";
