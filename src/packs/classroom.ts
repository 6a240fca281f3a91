/**
 * A classroom pack: a lesson project that carries what its teacher decided besides the model
 * itself, in the project file's optional `classroom` section:
 *
 * ```json
 * "classroom": {
 *   "locks": { "layers": ["n1"], "params": { "n3": ["units"] }, "training": true, "dataset": true },
 *   "tasks": [{ "id": "t1", "title": "Unwind the spiral",
 *               "checks": [{ "kind": "metric", "metric": "val_acc", "op": "atLeast", "value": 0.9 },
 *                          { "kind": "maxHiddenLayers", "max": 2 }] }]
 * }
 * ```
 *
 * Locks guide students; they are not protection. The file is plain JSON that anyone can edit, and
 * the app's teacher mode lifts them, because without a server nothing could stop either.
 */

/** Scores a check can name, by the names the run history keeps them under. */
export const METRICS = ['val_acc', 'val_loss', 'test_acc', 'test_loss', 'acc', 'loss'] as const;
export type Metric = (typeof METRICS)[number];

/** Whether a score must reach the value from below (accuracy) or stay under it (loss). */
export const COMPARISONS = ['atLeast', 'atMost'] as const;
export type Comparison = (typeof COMPARISONS)[number];

/**
 * One condition of a task. Scores are read from the last finished run; the model is read as it
 * was when that run ended. Every check of a task must pass for the task to pass.
 */
export type Check =
  | { kind: 'metric'; metric: Metric; op: Comparison; value: number }
  /** The last run trained on this dataset (by id, e.g. "spiral"). */
  | { kind: 'dataset'; id: string }
  | { kind: 'maxHiddenLayers'; max: number }
  | { kind: 'maxParams'; max: number }
  /** The model holds at least one layer of this type (e.g. "Conv2D"). */
  | { kind: 'hasLayer'; layerType: string }
  /** The model holds no layer of this type. */
  | { kind: 'noLayer'; layerType: string };

export type CheckKind = Check['kind'];
export const CHECK_KINDS: readonly CheckKind[] = [
  'metric',
  'dataset',
  'maxHiddenLayers',
  'maxParams',
  'hasLayer',
  'noLayer',
];

export interface Task {
  /** Unique within the pack. */
  id: string;
  /** As the teacher wrote it, in the teacher's language. */
  title: string;
  checks: readonly Check[];
}

export interface Locks {
  /** Layers, by node id, that cannot be deleted, renamed, changed or disconnected. */
  layers: readonly string[];
  /** Single parameters, by node id, that cannot be changed. */
  params: Readonly<Record<string, readonly string[]>>;
  /** The training settings cannot be changed. */
  training: boolean;
  /** The dataset cannot be changed. */
  dataset: boolean;
}

export interface Classroom {
  locks: Locks;
  tasks: readonly Task[];
}

export const noLocks: Locks = { layers: [], params: {}, training: false, dataset: false };

export function emptyClassroom(): Classroom {
  return { locks: noLocks, tasks: [] };
}

/** Whether a layer or one of its parameters is locked. */
export function isLayerLocked(locks: Locks, nodeId: string): boolean {
  return locks.layers.includes(nodeId);
}

export function lockedParams(locks: Locks, nodeId: string): readonly string[] {
  return Object.hasOwn(locks.params, nodeId) ? locks.params[nodeId]! : [];
}

/** Whether one parameter of a layer is fixed: by a lock on it, or on the whole layer. */
export function isParamLocked(locks: Locks, nodeId: string, key: string): boolean {
  return isLayerLocked(locks, nodeId) || lockedParams(locks, nodeId).includes(key);
}
