export {
  listWeightFiles,
  readModelJson,
  type ImportOptions,
  type ImportResult,
} from './readModelJson';
