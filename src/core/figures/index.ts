export { type AffiliationSummary, affiliationSummary } from "./affiliation-summary.js";
export { comparisonKey, comparisonSubgroup } from "./comparison.js";
export {
  computeFigures,
  type FiguresInput,
  type FiguresOptions,
  figuresForMeasure,
} from "./compute-figures.js";
export { CATCH_ALL_MEASURE, type FigureCard, figureCards, quantities } from "./figure-cards.js";
export {
  type FigureInputClaim,
  figureRows,
  type GradeMaps,
  graphOf,
  type OtherInputClaim,
} from "./figure-rows.js";
export { headlineSpread, quantitySpread, type Spread } from "./figure-spreads.js";
export type * from "./figure-types.js";
export { figureLabel, intervalsOverlap, spreadOf } from "./figure-values.js";
export { changedOverTime, crossMeasure, valueConflicts } from "./flags.js";
export { filterByGrades, type GradeFilter, invalidGradeValues } from "./grade-filter.js";
export { narrowFindings } from "./narrow-findings.js";
export { originGroups, valueOrigins } from "./origin-groups.js";
export {
  areIndependent,
  type ChainStep,
  closesCycle,
  independentOrigins,
  makeGraph,
  originsOf,
  type Provenance,
  type ProvenanceGraph,
  type ProvenanceNode,
  provenanceOf,
} from "./provenance-graph.js";
