/** One valid message of every type, built fresh on each call so tests may transfer or change them. */
import { defaultTraining } from '../../project/training';
import type { HostMessage, HostMessageType } from '../host';
import type { TrainerMessage, TrainerMessageType } from '../trainer';
import { BOUNDARY_GRID_SIZE } from '../trainer';
import { STREAMS_ON } from '../streamPresets';
import { PROTOCOL_VERSION } from '../version';

const v = PROTOCOL_VERSION;
const runId = 'run-1';

export function hostMessages(): { [T in HostMessageType]: Extract<HostMessage, { type: T }> } {
  return {
    start: {
      v,
      type: 'start',
      runId,
      graph: {
        nodes: [
          {
            id: 'n1',
            type: 'Input',
            name: 'input',
            position: { x: 0, y: 0 },
            params: { shape: [2] },
          },
          {
            id: 'n2',
            type: 'Dense',
            name: 'dense_1',
            position: { x: 0, y: 120 },
            params: { units: 3, activation: 'tanh', useBias: true },
          },
        ],
        edges: [{ id: 'e1', source: 'n1', target: 'n2' }],
      },
      weights: {
        n2: [
          { name: 'kernel', shape: [2, 3], values: new Float32Array([1, 2, 3, 4, 5, 6]) },
          { name: 'bias', shape: [3], values: new Float32Array([0.5, -0.5, 0]) },
        ],
      },
      dataset: { id: 'spiral', options: { noise: 0.1, samples: 500, normalize: true } },
      training: defaultTraining(),
      backend: 'auto',
      streams: STREAMS_ON,
    },
    pause: { v, type: 'pause', runId },
    resume: { v, type: 'resume', runId },
    stop: { v, type: 'stop', runId },
    step: { v, type: 'step', runId },
    setLearningRate: { v, type: 'setLearningRate', runId, learningRate: 0.01 },
    setProbe: { v, type: 'setProbe', runId, probeIndex: 7 },
    getWeights: { v, type: 'getWeights', runId, requestId: 'req-1' },
    shutdown: { v, type: 'shutdown', requestId: 'req-2' },
  };
}

export function trainerMessages(): {
  [T in TrainerMessageType]: Extract<TrainerMessage, { type: T }>;
} {
  const grid = BOUNDARY_GRID_SIZE * BOUNDARY_GRID_SIZE;
  return {
    ready: { v, type: 'ready', runId, backend: 'wasm', reason: 'tfjs-node is not installed' },
    started: {
      v,
      type: 'started',
      runId,
      epochs: 10,
      batchesPerEpoch: 13,
      trainExamples: 400,
      validationExamples: 100,
    },
    batch: batchMessage({ epoch: 1, batch: 5, examples: 32, loss: 0.7, acc: 0.5 }),
    epoch: {
      v,
      type: 'epoch',
      runId,
      epoch: 1,
      train: { loss: 0.6, metrics: { acc: 0.7 } },
      validation: { loss: 0.65, metrics: { acc: 0.68 } },
      samplesPerS: 5000,
      confusion: { size: 2, values: new Int32Array([40, 10, 12, 38]) },
      layers: [
        { name: 'dense_1', weightNorm: 2.5, gradientNorm: 0.01, updateNorm: 1e-4 },
        { name: 'relu_1', deadFraction: 0.25 },
        { name: 'tanh_1', saturatedFraction: 0.1 },
      ],
      predictions: {
        split: 'test',
        indices: new Int32Array([0, 40, 80]),
        actual: new Int32Array([1, 0, 1]),
        predicted: new Int32Array([1, 1, 1]),
        confidence: new Float32Array([0.9, 0.55, 0.75]),
      },
    },
    activations: {
      v,
      type: 'activations',
      runId,
      epoch: 1,
      batch: 5,
      probeIndex: 0,
      layers: [
        {
          name: 'conv_1',
          kind: 'output',
          shape: [2, 2, 2],
          data: new Uint8Array([0, 32, 64, 96, 128, 160, 192, 255]),
          min: -1,
          max: 3,
        },
        {
          name: 'conv_1',
          kind: 'filters',
          shape: [3, 3, 1, 1],
          data: new Uint8Array(9).fill(7),
          min: 0,
          max: 0,
        },
      ],
    },
    boundary: {
      v,
      type: 'boundary',
      runId,
      epoch: 1,
      xRange: [-6, 6],
      yRange: [-6, 6],
      channels: 1,
      values: new Float32Array(grid).map((_, i) => (i % 7) / 7),
    },
    stepDetail: {
      v,
      type: 'stepDetail',
      runId,
      epoch: 1,
      batch: 6,
      probeIndex: 0,
      optimizer: 'sgd',
      learningRate: 0.1,
      momentum: 0,
      layers: [
        {
          name: 'dense_1',
          forward: { shape: [3], data: new Uint8Array([0, 128, 255]), min: -0.5, max: 0.9 },
          tensors: [
            {
              name: 'kernel',
              shape: [2, 3],
              gradient: { shape: [2, 3], data: new Uint8Array(6).fill(9), min: -0.2, max: 0.3 },
              gradientNorm: 0.41,
              update: { shape: [2, 3], data: new Uint8Array(6).fill(246), min: -0.03, max: 0.02 },
              updateNorm: 0.041,
            },
          ],
        },
      ],
    },
    ganSamples: {
      v,
      type: 'ganSamples',
      runId,
      epoch: 2,
      batch: 3,
      images: { count: 2, shape: [2, 2, 1], data: new Uint8Array(8).fill(17), min: 0, max: 1 },
      points: { made: new Float32Array([0.5, 1, -2, 2]), real: new Float32Array([2, 2, -2, -2]) },
      check: { collapsed: false, spreadRatio: 0.9, coverage: 1 },
    },
    paused: { v, type: 'paused', runId },
    resumed: { v, type: 'resumed', runId },
    stopped: { v, type: 'stopped', runId, reason: 'user' },
    done: {
      v,
      type: 'done',
      runId,
      backend: 'wasm',
      epochs: 10,
      train: { loss: 0.1, metrics: { acc: 0.97 } },
      validation: { loss: 0.12, metrics: { acc: 0.96 } },
      test: null,
    },
    error: {
      v,
      type: 'error',
      runId,
      message: 'The loss became NaN at epoch 3, batch 4.',
      suggestion: 'Lower the learning rate, or normalise the inputs.',
    },
    weights: {
      v,
      type: 'weights',
      runId,
      requestId: 'req-1',
      weights: { n2: [{ name: 'bias', shape: [3], values: new Float32Array([1, 2, 3]) }] },
    },
  };
}

/** A batch message with one metric, `acc`. */
export function batchMessage(b: {
  epoch: number;
  batch: number;
  examples: number;
  loss: number;
  acc: number;
  runId?: string;
  samplesPerS?: number;
}): Extract<TrainerMessage, { type: 'batch' }> {
  return {
    v,
    type: 'batch',
    runId: b.runId ?? runId,
    epoch: b.epoch,
    batch: b.batch,
    batchesPerEpoch: 1000,
    examples: b.examples,
    loss: b.loss,
    metrics: { acc: b.acc },
    samplesPerS: b.samplesPerS ?? 1000,
    etaS: null,
  };
}
