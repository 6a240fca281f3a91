/** The two stream settings most callers want: every live view off (scores only), or all on. */
import type { StreamSettings } from './runInputs';
import { DEFAULT_ACTIVATION_INTERVAL_MS } from './throttle';

export const STREAMS_OFF: StreamSettings = {
  layerStats: false,
  confusion: false,
  activations: false,
  boundary: false,
  predictions: false,
  activationIntervalMs: DEFAULT_ACTIVATION_INTERVAL_MS,
  probeIndex: 0,
};

export const STREAMS_ON: StreamSettings = {
  ...STREAMS_OFF,
  layerStats: true,
  confusion: true,
  activations: true,
  boundary: true,
  predictions: true,
};
