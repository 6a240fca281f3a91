/**
 * What an epoch message holds beyond the training scores: the validation scores, the confusion
 * matrix (of the validation examples, or of the epoch's training batches when none are held
 * back), per layer, the norms of the last step and the health of its units, and the predictions
 * for the gallery's examples.
 */
import type { StreamSettings, TrainerMessageOf } from '../../protocol';
import type { RunData } from './data';
import { confusionMatrix, evaluate, trueClasses } from './evaluate';
import type { PredictionSample } from './predictions';
import type { Probe } from './probe';
import type { LayerNorms, StepContext } from './trainStep';

type EpochMessage = TrainerMessageOf<'epoch'>;

export interface EpochExtras {
  validation: EpochMessage['validation'];
  confusion?: NonNullable<EpochMessage['confusion']>;
  layers?: NonNullable<EpochMessage['layers']>;
  predictions?: NonNullable<EpochMessage['predictions']>;
}

export interface EpochReportInputs {
  step: StepContext;
  data: RunData;
  streams: StreamSettings;
  probe: Probe;
  /** The number of classes, or 0 for regression. */
  classCount: number;
  /** Confusion counts of this epoch's training batches, when they were gathered. */
  trainConfusion: Int32Array | null;
  /** Norms measured at the epoch's last step, when the layer-stats stream is on. */
  norms: LayerNorms | null;
  /** The gallery's examples, when the predictions stream is on for a classification run. */
  predictions: PredictionSample | null;
}

export async function epochReport(inputs: EpochReportInputs): Promise<EpochExtras> {
  const { step, data, streams, classCount } = inputs;
  const wantConfusion = streams.confusion && classCount > 0;
  const extras: EpochExtras = { validation: null };
  if (data.validation) {
    const result = await evaluate(
      step,
      data.validation,
      data.inputShape,
      data.targetShape,
      wantConfusion,
    );
    extras.validation = result.scores;
    if (result.classes)
      extras.confusion = confusionMatrix(trueClasses(data.validation), result.classes, classCount);
  } else if (wantConfusion && inputs.trainConfusion) {
    extras.confusion = { size: classCount, values: inputs.trainConfusion };
  }
  if (streams.layerStats) extras.layers = await layerStats(inputs);
  if (inputs.predictions) extras.predictions = await inputs.predictions.predict(step);
  return extras;
}

async function layerStats(inputs: EpochReportInputs): Promise<NonNullable<EpochExtras['layers']>> {
  const { step, data, norms } = inputs;
  const health = await inputs.probe.health(data.validation ?? data.train, data.targetShape);
  const out: NonNullable<EpochExtras['layers']> = [];
  step.layers.forEach((layer, i) => {
    const entry: (typeof out)[number] = { name: layer.name };
    if (layer.variables.length > 0 && norms) {
      entry.weightNorm = norms.weight[i]!;
      entry.gradientNorm = norms.gradient[i]!;
      entry.updateNorm = norms.update[i]!;
    }
    Object.assign(entry, health.get(layer.name));
    if (Object.keys(entry).length > 1) out.push(entry);
  });
  return out;
}
