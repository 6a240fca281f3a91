/**
 * A project in memory: what a `.ncproj` file holds once read. The file itself is JSON; its layout
 * is described in `schema.ts` and written by `serialize.ts`.
 *
 * Where weights live: trained or imported weights are stored inside the project file, under
 * `weights`, only when the project has them. Each node's tensors are listed in the order tfjs lists
 * the layer's weights, as `{ name, shape, data }`, where `data` is the tensor's float32 values in
 * little-endian byte order, encoded as base64 (`encoding: "float32-le-base64"`). A project without
 * weights is a design only; training starts from fresh weights.
 */
import type { Graph } from '../graph/types';
import type { Classroom } from '../packs/classroom';
import type { EmbeddedData } from './embeddedData';
import { defaultTraining, type TrainingSettings } from './training';
import type { RunRecord } from './runs';
import type { NodeWeights } from './weights';

export const PROJECT_FORMAT = 'neurocanvas-project';
export const PROJECT_FILE_EXTENSION = '.ncproj';

/** Which dataset the project trains on, and how it is prepared (e.g. `{ normalize: true }`). */
export interface DatasetRef {
  id: string;
  options?: Readonly<Record<string, number | string | boolean>>;
  /** An imported dataset kept in the project itself (see `embeddedData.ts`). */
  data?: EmbeddedData;
}

export interface Project {
  name: string;
  graph: Graph;
  dataset: DatasetRef | null;
  training: TrainingSettings;
  weights?: NodeWeights;
  /** Free text the user keeps with the project. */
  notes: string;
  /** Finished training runs, oldest first (see `runs.ts`); absent when there are none. */
  runs?: readonly RunRecord[];
  /** Locks and tasks of a classroom pack (see `src/packs/classroom.ts`); absent in other projects. */
  classroom?: Classroom;
  /**
   * The id of the lesson the project was started from (e.g. 'xor-mlp'), so opening it again shows
   * that lesson beside it. An id no lesson has is kept and ignored.
   */
  lesson?: string;
}

/** An empty project; a blank name becomes 'Untitled', since a project file needs a name. */
export function newProject(name: string): Project {
  return {
    name: name.trim() === '' ? 'Untitled' : name,
    graph: { nodes: [], edges: [] },
    dataset: null,
    training: defaultTraining(),
    notes: '',
  };
}
