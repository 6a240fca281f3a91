/**
 * The trainer process: TensorFlow.js runs here, never in the UI's process. It takes messages from
 * the host that started it, trains one run at a time on the backend chosen for it, and reports
 * everything back. Started by `trainer.mjs` (forked by `TrainerProcess`, or as an Electron utility
 * process).
 */
import { loadDatasetRef } from '../../data/node/import/loadDatasetRef';
import { selectBackend } from '../backend/select';
import { createTrainingSession } from '../engine';
import type { TrainerServices } from './controller';
import { serveHost } from './serve';

export const TRAINER_SERVICES: TrainerServices = {
  // 'auto' leaves the choice to NEUROCANVAS_BACKEND, then to the fastest backend that loads.
  selectBackend: (request) => selectBackend(request === 'auto' ? {} : { requested: request }),
  // Library datasets by id, imported ones from the project or from the path they were imported from.
  loadDataset: loadDatasetRef,
  createSession: createTrainingSession,
};

export function runTrainer(): void {
  serveHost(TRAINER_SERVICES);
}
