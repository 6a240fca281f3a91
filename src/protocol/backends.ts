/**
 * The backends a run can train on, fastest first, by the product's names: the GPU and CPU builds
 * of native TensorFlow both register as tfjs's 'tensorflow' backend, so the GPU one is called
 * 'tensorflow-gpu' here. The trainer's own list (`src/train/backend/names.ts`) uses the same names;
 * `backends.test.ts` keeps the two equal.
 */
export const BACKENDS = ['tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'] as const;
export type Backend = (typeof BACKENDS)[number];

/** What the host asks for: one backend, or the first that loads ('auto'). */
export const BACKEND_REQUESTS = ['auto', ...BACKENDS] as const;
export type BackendRequest = (typeof BACKEND_REQUESTS)[number];
