/**
 * A Keras model, Sequential or functional, as one list of layers with their inputs: the common
 * form the graph is built from.
 */
import { fail, type JsonObject } from './json';

export interface KerasNode {
  /** The layer's name in the file; weights refer to it. */
  name: string;
  className: string;
  config: JsonObject;
  /** Positions (in `LayerList.layers`) of the layers that feed this one, in merge order. */
  inbound: readonly number[];
  /** True for the Input that a Sequential model implies but does not list. */
  synthetic?: boolean;
}

export interface LayerList {
  layers: readonly KerasNode[];
  /** Positions of the layers whose outputs are the model's outputs, in order, each once. */
  outputs: readonly number[];
}

/** More layers than any model a person designs on a canvas; beyond it the file is refused. */
export const MAX_LAYERS = 10_000;

export function checkLayerCount(count: number): void {
  if (count > MAX_LAYERS) {
    fail(`The model has ${count} layers; NeuroCanvas imports at most ${MAX_LAYERS}.`);
  }
  if (count === 0) fail('The model has no layers.');
}

/** Keras' default name for a layer: `Conv2D` → `conv2d_3`. */
export function defaultLayerName(className: string, index: number): string {
  const snake = className.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  return `${snake}_${index + 1}`;
}

/** Names and class names appear in messages; an absurdly long one is refused, not repeated. */
const MAX_NAME_LENGTH = 256;

export function checkNames(name: string, className: string, position: number): void {
  if (name.length > MAX_NAME_LENGTH || className.length > MAX_NAME_LENGTH) {
    fail(
      `Layer ${position + 1} of the model has a name or class longer than ${MAX_NAME_LENGTH} characters.`,
    );
  }
}
