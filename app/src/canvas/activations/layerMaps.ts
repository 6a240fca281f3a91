/**
 * The maps of one activations message by node name, built once per message however many nodes
 * ask, so each node finds its own in constant time at every update.
 */
import type { TrainerMessageOf } from '../../../../src/protocol';
import type { ActivationMap } from './activationTiles';

export interface NodeMaps {
  output?: ActivationMap;
  /** The first convolution's kernels, on that convolution's node only. */
  filters?: ActivationMap;
}

type Message = TrainerMessageOf<'activations'>;

const EMPTY: ReadonlyMap<string, NodeMaps> = new Map();
const byMessage = new WeakMap<Message, ReadonlyMap<string, NodeMaps>>();

export function layerMaps(message: Message | null): ReadonlyMap<string, NodeMaps> {
  if (!message) return EMPTY;
  let maps = byMessage.get(message);
  if (!maps) {
    const built = new Map<string, NodeMaps>();
    for (const map of message.layers) {
      const entry = built.get(map.name) ?? {};
      entry[map.kind === 'filters' ? 'filters' : 'output'] = map;
      built.set(map.name, entry);
    }
    byMessage.set(message, built);
    maps = built;
  }
  return maps;
}
