/**
 * Looking inside the model: every layer's output for one example (the probe), the first
 * convolution's filters, and the health of the hidden units on a fixed batch. A second model over
 * the same layers (`tf.model` with every layer's output as an output) computes all outputs in one
 * forward pass; it shares the layers' weights, so it is never disposed on its own.
 */
import type { LayersModel, SymbolicTensor, Tensor } from '@tensorflow/tfjs';
import type { Tf } from '../../compiler/tf';
import type { TrainerMessageOf } from '../../protocol';
import { batchTensors, type Part, type Rows } from './data';
import type { ModelLayer } from './modelLayers';
import { downsample, quantise } from './quantize';

type ActivationMap = TrainerMessageOf<'activations'>['layers'][number];

/** Units count as saturated within 1% of the output range from an asymptote. */
const SIGMOID_EDGE = 0.01;
const TANH_EDGE = 0.98;
/** How many examples the dead and saturated fractions are measured on. */
export const HEALTH_BATCH = 256;

export interface UnitHealth {
  deadFraction?: number;
  saturatedFraction?: number;
}

export class Probe {
  private outputsModel: LayersModel | null = null;
  private healthModel: LayersModel | null = null;

  constructor(
    private readonly tf: Tf,
    private readonly model: LayersModel,
    private readonly layers: readonly ModelLayer[],
    private readonly inputShape: readonly number[],
  ) {}

  /** The output of every layer for example `index` of `rows`, plus the first Conv2D's filters. */
  async activations(rows: Rows, index: number): Promise<ActivationMap[]> {
    const { tf } = this;
    const inner = this.layers.filter((l) => l.className !== 'InputLayer');
    this.outputsModel ??= this.viewOf(inner);
    const example = rows.x.slice(index * rows.inputSize, (index + 1) * rows.inputSize);
    const maps: ActivationMap[] = [];
    const input = this.layers.find((l) => l.className === 'InputLayer');
    if (input) maps.push(outputMap(input.name, this.inputShape, example));
    const x = tf.tensor(example, [1, ...this.inputShape]);
    const outputs = this.outputsModel.predict(x) as Tensor | Tensor[];
    const list = Array.isArray(outputs) ? outputs : [outputs];
    for (let i = 0; i < list.length; i++) {
      const t = list[i]!;
      maps.push(outputMap(inner[i]!.name, t.shape.slice(1), (await t.data()) as Float32Array));
    }
    tf.dispose([x, ...list]);
    const conv = this.layers.find((l) => l.className === 'Conv2D');
    const kernel = conv?.variables[0];
    if (conv && kernel) {
      const { data, min, max } = quantise((await kernel.data()) as Float32Array);
      maps.push({ name: conv.name, kind: 'filters', shape: [...kernel.shape], data, min, max });
    }
    return maps;
  }

  /**
   * For ReLU layers, the share of units (channels, for images) that output 0 for every example
   * of the batch; for sigmoid and tanh layers, the share of outputs within 1% of an asymptote.
   */
  async health(part: Part, targetShape: readonly number[]): Promise<Map<string, UnitHealth>> {
    const { tf } = this;
    const watched = this.layers.filter((l) => l.activation !== null);
    const out = new Map<string, UnitHealth>();
    if (watched.length === 0) return out;
    this.healthModel ??= this.viewOf(watched);
    const n = Math.min(HEALTH_BATCH, part.indices.length);
    const { x, y } = batchTensors(tf, part.rows, part.indices, 0, n, this.inputShape, targetShape);
    const fractions = tf.tidy(() => {
      // One batch: predict's default batch of 32 would split these examples into many calls.
      const outputs = this.healthModel!.predict(x, { batchSize: n }) as Tensor | Tensor[];
      const list = Array.isArray(outputs) ? outputs : [outputs];
      return tf.stack(
        list.map((t, i) => {
          const kind = watched[i]!.activation;
          if (kind === 'relu') {
            const axes = t.shape.map((_, a) => a).slice(0, -1);
            return tf.mean(tf.lessEqual(tf.max(t, axes), 0).cast('float32'));
          }
          const saturated =
            kind === 'sigmoid'
              ? tf.logicalOr(tf.less(t, SIGMOID_EDGE), tf.greater(t, 1 - SIGMOID_EDGE))
              : tf.greater(tf.abs(t), TANH_EDGE);
          return tf.mean(saturated.cast('float32'));
        }),
      );
    });
    const values = (await fractions.data()) as Float32Array;
    tf.dispose([x, y, fractions]);
    watched.forEach((layer, i) => {
      const value = Math.min(1, Math.max(0, values[i]!));
      out.set(
        layer.name,
        layer.activation === 'relu' ? { deadFraction: value } : { saturatedFraction: value },
      );
    });
    return out;
  }

  private viewOf(layers: readonly ModelLayer[]): LayersModel {
    return this.tf.model({
      inputs: this.model.inputs,
      outputs: layers.map((l) => this.model.getLayer(l.layerName).output as SymbolicTensor),
    });
  }
}

function outputMap(name: string, shape: readonly number[], values: Float32Array): ActivationMap {
  const small = downsample(shape, values);
  const { data, min, max } = quantise(small.values);
  return { name, kind: 'output', shape: small.shape, data, min, max };
}
