/** Messages between the host (the UI's side) and the trainer process, and their live streams. */
export { PROTOCOL_VERSION } from './version';
export { BACKENDS, BACKEND_REQUESTS, type Backend, type BackendRequest } from './backends';
export {
  HOST_MESSAGE_SCHEMAS,
  type HostMessage,
  type HostMessageOf,
  type HostMessageType,
} from './host';
export {
  BOUNDARY_GRID_SIZE,
  STOP_REASONS,
  TRAINER_MESSAGE_SCHEMAS,
  type Scores,
  type StopReason,
  type TrainerMessage,
  type TrainerMessageOf,
  type TrainerMessageType,
} from './trainer';
export type { StreamSettings } from './runInputs';
export { STREAMS_OFF, STREAMS_ON } from './streamPresets';
export { parseHostMessage, parseTrainerMessage, type ParseResult } from './parse';
export { transferables } from './transfer';
export { BatchAggregate } from './batchAggregate';
export { COALESCING, endsStream, type Coalescing } from './delivery';
export {
  DEFAULT_ACTIVATION_INTERVAL_MS,
  DEFAULT_BATCH_INTERVAL_MS,
  StreamThrottle,
  type StreamThrottleOptions,
} from './throttle';
export { LatestQueue } from './latestQueue';
