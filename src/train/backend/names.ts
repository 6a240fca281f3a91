/**
 * The backends a run can use, fastest first, and the npm package each one needs.
 * Two names share the tfjs backend 'tensorflow': the GPU and CPU builds of native TensorFlow
 * register under the same name, so the product's name says which one it is.
 */
export const BACKEND_NAMES = ['tensorflow-gpu', 'tensorflow', 'wasm', 'cpu'] as const;

export type BackendName = (typeof BACKEND_NAMES)[number];

/** The backend name tfjs itself uses (`tf.setBackend`, `tf.getBackend`). */
export const TF_BACKEND: Record<BackendName, string> = {
  'tensorflow-gpu': 'tensorflow',
  tensorflow: 'tensorflow',
  wasm: 'wasm',
  cpu: 'cpu',
};

/** The package each backend comes from; the plain cpu backend ships inside @tensorflow/tfjs. */
export const BACKEND_PACKAGE: Record<BackendName, string> = {
  'tensorflow-gpu': '@tensorflow/tfjs-node-gpu',
  tensorflow: '@tensorflow/tfjs-node',
  wasm: '@tensorflow/tfjs-backend-wasm',
  cpu: '@tensorflow/tfjs',
};

/** Words a person may type for "choose for me". */
const AUTO = new Set(['auto', 'default', '']);

/**
 * Reads a requested name as typed on the command line or in the environment: case and
 * surrounding spaces do not matter. Returns 'auto' for "choose for me", null for an unknown name.
 */
export function parseBackendName(text: string): BackendName | 'auto' | null {
  const name = text.trim().toLowerCase();
  if (AUTO.has(name)) return 'auto';
  return (BACKEND_NAMES as readonly string[]).includes(name) ? (name as BackendName) : null;
}
