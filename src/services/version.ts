/** The version every door and record reports. */
export const CASEFILE_VERSION = "0.1.0";
