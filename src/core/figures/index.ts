export { comparisonKey, comparisonSubgroup } from "./comparison.js";
export {
  computeFigures,
  type FiguresInput,
  type FiguresOptions,
  figuresForMeasure,
} from "./compute-figures.js";
export {
  type FigureInputClaim,
  figureRows,
  type GradeMaps,
  graphOf,
  type OtherInputClaim,
} from "./figure-rows.js";
export type * from "./figure-types.js";
export { figureLabel, intervalsOverlap, spreadOf } from "./figure-values.js";
export { changedOverTime, crossMeasure, valueConflicts } from "./flags.js";
export { filterByGrades, type GradeFilter, invalidGradeValues } from "./grade-filter.js";
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
