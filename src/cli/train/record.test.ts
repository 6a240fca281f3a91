import { describe, expect, it } from 'vitest';
import { defaultTraining } from '../../project/training';
import { trainerMessages } from '../../protocol/testing/messages';
import { doneEvent, epochEvent, runRecord, scoreFields } from './record';

describe('the records of neurocanvas train', () => {
  it('writes an epoch as the issue shows it, accuracy as acc', () => {
    const epoch = {
      ...trainerMessages().epoch,
      train: { loss: 0.5, metrics: { accuracy: 0.75 } },
      validation: { loss: 0.6, metrics: { accuracy: 0.7 } },
    };
    expect(JSON.stringify(epochEvent(epoch))).toBe(
      '{"event":"epoch","epoch":1,"loss":0.5,"acc":0.75,"val_loss":0.6,"val_acc":0.7,"samples_per_s":5000}',
    );
  });

  it('keeps the configured metric names for regression, and nulls for what is missing', () => {
    const epoch = {
      ...trainerMessages().epoch,
      train: { loss: 0.2, metrics: { mae: 0.3 } },
      validation: null,
    };
    expect(epochEvent(epoch)).toEqual({
      event: 'epoch',
      epoch: 1,
      loss: 0.2,
      mae: 0.3,
      val_loss: null,
      val_mae: null,
      samples_per_s: 5000,
    });
    expect(doneEvent('cpu', null, ['mae'])).toEqual({
      event: 'done',
      backend: 'cpu',
      test_loss: null,
      test_mae: null,
    });
  });

  it('writes a diverged loss as null, since JSON has no NaN', () => {
    expect(scoreFields('', { loss: NaN, metrics: { acc: Infinity } }, [])).toEqual({
      loss: null,
      acc: null,
    });
  });

  it('records the backend, settings, epochs, test scores, duration and ending', () => {
    const messages = trainerMessages();
    const record = runRecord({
      file: 'spiral.ncproj',
      name: 'Spiral',
      dataset: { id: 'spiral' },
      training: defaultTraining(),
      ready: messages.ready,
      started: messages.started,
      epochs: [messages.epoch],
      done: { ...messages.done, test: { loss: 0.3, metrics: { acc: 0.9 } } },
      startedAt: new Date('2024-05-01T10:00:00Z'),
      endedAt: new Date('2024-05-01T10:00:12.345Z'),
      ended: { how: 'stopped', reason: 'user' },
      files: { model: 'model.json', weights: 'weights.bin' },
    });
    expect(record).toMatchObject({
      format: 'neurocanvas-run',
      version: 1,
      model: { file: 'spiral.ncproj', name: 'Spiral' },
      backend: { name: 'wasm', reason: 'tfjs-node is not installed' },
      dataset: { id: 'spiral' },
      examples: { train: 400, validation: 100 },
      epochs: [{ epoch: 1, loss: 0.6, acc: 0.7, val_loss: 0.65, val_acc: 0.68 }],
      test: { loss: 0.3, acc: 0.9 },
      startedAt: '2024-05-01T10:00:00.000Z',
      durationS: 12.345,
      ended: { how: 'stopped', reason: 'user' },
      files: { model: 'model.json', weights: 'weights.bin' },
    });
    expect(record.training).toEqual(defaultTraining());
  });
});
