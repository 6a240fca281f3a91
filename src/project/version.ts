/** The schema version this NeuroCanvas writes; older files are migrated up to it on load. */
export const CURRENT_SCHEMA_VERSION = 3;
