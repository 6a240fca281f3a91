import { describe, expect, it } from 'vitest';
import { trainerMessages } from '../../protocol/testing/messages';
import {
  backendLine,
  epochLine,
  formatEta,
  progressLine,
  score,
  startedLine,
  testLine,
} from './display';

describe('the text of neurocanvas train', () => {
  it.each([
    [0, '0s'],
    [41.6, '42s'],
    [59.4, '59s'],
    [60, '1:00'],
    [187, '3:07'],
    [3600, '1:00:00'],
    [3729, '1:02:09'],
    [-3, '0s'],
  ])('writes an ETA of %s seconds as %s', (seconds, text) => {
    expect(formatEta(seconds)).toBe(text);
  });

  it.each([
    [0.41234, '0.4123'],
    [2, '2.0000'],
    [12345.67, '12345.6700'],
    [2.7977596383490065e22, '2.798e+22'],
    [-5.5e-7, '-5.500e-7'],
    [0, '0.0000'],
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
  ])('writes the score %s as %s', (x, text) => {
    expect(score(x)).toBe(text);
  });

  it('names the backend and why, without repeating the name', () => {
    const ready = trainerMessages().ready;
    expect(
      backendLine({ ...ready, reason: 'wasm: WebAssembly is the fastest backend available' }),
    ).toBe('Backend: wasm (WebAssembly is the fastest backend available)');
    expect(backendLine({ ...ready, reason: 'tfjs-node is not installed' })).toBe(
      'Backend: wasm (tfjs-node is not installed)',
    );
  });

  it('says what the run trains on', () => {
    const started = trainerMessages().started;
    expect(startedLine(started, 32)).toBe(
      'Training on 400 examples, validating on 100 examples: 10 epochs of 13 batches (batch size 32).',
    );
    expect(
      startedLine({ ...started, validationExamples: 0, epochs: 1, batchesPerEpoch: 1 }, 400),
    ).toBe('Training on 400 examples: 1 epoch of 1 batch (batch size 400).');
  });

  it('writes an epoch with Keras-style names, validation included', () => {
    const epoch = trainerMessages().epoch;
    expect(epochLine({ ...epoch, epoch: 3, samplesPerS: 5120.4 }, 10)).toBe(
      'Epoch  3/10  loss 0.6000  acc 0.7000  val_loss 0.6500  val_acc 0.6800  5,120 samples/s',
    );
    expect(
      epochLine(
        {
          ...epoch,
          train: { loss: 0.25, metrics: { mae: 0.4, mse: 0.25 } },
          validation: null,
        },
        5,
      ),
    ).toBe('Epoch 1/5  loss 0.2500  mae 0.4000  mse 0.2500  5,000 samples/s');
    expect(testLine({ loss: 0.1, metrics: { accuracy: 0.95 } })).toBe(
      'Test: loss 0.1000  acc 0.9500',
    );
  });

  it('draws a progress bar that fills with the batches and fits the terminal', () => {
    const batch = trainerMessages().batch;
    const half = progressLine(
      { ...batch, epoch: 2, batch: 5, batchesPerEpoch: 10, samplesPerS: 1234.5, etaS: 75 },
      4,
      80,
    );
    expect(half).toMatch(/^Epoch 2\/4 \[(█+)(░+)\] {2}5\/10 {2}1,235 samples\/s {2}ETA 1:15$/);
    const [, filled, empty] = /\[(█*)(░*)\]/.exec(half)!;
    expect(filled!.length).toBe(empty!.length);
    expect(half.length).toBeLessThanOrEqual(79);

    const narrow = progressLine({ ...batch, batch: 10, batchesPerEpoch: 10, etaS: null }, 4, 20);
    expect(narrow).toMatch(/\[█{10}\]/);
    expect(narrow).not.toContain('ETA');
  });
});
