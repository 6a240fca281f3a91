/** The project file: what it holds, how it is read, checked, migrated and written. */
export { parseProject, type ParseResult } from './parse';
export { serializeProject, ProjectSaveError } from './serialize';
export {
  newProject,
  PROJECT_FORMAT,
  PROJECT_FILE_EXTENSION,
  type DatasetRef,
  type Project,
} from './project';
export { CURRENT_SCHEMA_VERSION } from './version';
export {
  defaultTraining,
  OPTIMIZERS,
  settingApplies,
  TRAINING_PARAMS,
  type Optimizer,
  type TrainingSettings,
} from './training';
export { MAX_PROJECT_CHARS } from './limits';
export type { NodeWeights, WeightTensor } from './weights';
export {
  addRun,
  keptEpochs,
  keptScore,
  MAX_RUNS,
  type RunEpoch,
  type RunRecord,
  type RunStopReason,
} from './runs';
