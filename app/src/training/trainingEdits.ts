/** Edits of the project's dataset, training settings and weights from the training panel. */
import type { ParamValue } from '../../../src/layers/params';
import type { TrainingSettings } from '../../../src/project';
import { documentStore } from '../stores/documentStore';
import { trainingController } from './appTraining';

export function chooseDataset(id: string): void {
  documentStore.getState().update({ dataset: id === '' ? null : { id } });
}

/**
 * Sets one training setting; typing is one undo step per field visit, as in the inspector. A new
 * learning rate also reaches the run under way, from its next batch.
 */
export function setTrainingSetting(key: string, value: ParamValue, typing = false): void {
  const { training } = documentStore.getState().project;
  const next = { ...training, [key]: value } as TrainingSettings;
  const accepted = documentStore
    .getState()
    .update({ training: next }, typing ? { squash: `training:${key}` } : {});
  // A refused change (a classroom pack's locked settings) reaches no run either.
  if (accepted && key === 'learningRate' && typeof value === 'number')
    trainingController.setLearningRate(value);
}

/** Forgets the trained weights, so the next run starts from fresh ones; one undo step. */
export function resetWeights(): void {
  documentStore.getState().update({ weights: undefined });
}
