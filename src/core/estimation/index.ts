/** Multiple systems estimation: log-linear models, decomposable-graph averaging, latent classes. */
export { type CaptureHistory, type CaptureTable, captureTable } from "./capture-data.js";
export { captureWarnings } from "./capture-warnings.js";
export { type DgaOptions, dgaPosterior, estimateDga } from "./dga-estimate.js";
export { type EstimateOptions, estimate } from "./estimate.js";
export type { EstimateResult, EstimationMethod } from "./estimate-result.js";
export { estimateLcmcr, type LcmcrOptions, lcmcrDraws } from "./lcmcr-estimate.js";
export { estimateLoglinear, fitCandidates, type LoglinearOptions } from "./loglinear-estimate.js";
export { fitLoglinear, type LoglinearFit, modelName } from "./loglinear-model.js";
export { profileInterval } from "./profile-interval.js";
export { createRng, type Rng } from "./random.js";
export { chapman, lincolnPetersen } from "./two-list.js";
