import { describe, expect, it } from 'vitest';
import { COALESCING } from './delivery';
import { parseTrainerMessage } from './parse';
import { batchMessage, trainerMessages } from './testing/messages';
import { StreamThrottle } from './throttle';
import type { TrainerMessage, TrainerMessageOf } from './trainer';

/** A throttle on a fake clock that records what it sends and when. */
function harness(options: { batchIntervalMs?: number; activationIntervalMs?: number } = {}) {
  const clock = { now: 0 };
  const sent: { at: number; message: TrainerMessage }[] = [];
  const throttle = new StreamThrottle({
    ...options,
    now: () => clock.now,
    emit: (message) => sent.push({ at: clock.now, message }),
  });
  return { clock, sent, throttle };
}

/** Batch i of a run: sizes 1–64 and losses spread, so a plain mean would differ from the true one. */
function batchAt(i: number, epoch = 1) {
  return batchMessage({
    epoch,
    batch: i + 1,
    examples: 1 + ((i * 7919) % 64),
    loss: 2 + Math.sin(i),
    acc: (i % 10) / 10,
    samplesPerS: 1000 + i,
  });
}

function weightedMean(
  batches: TrainerMessageOf<'batch'>[],
  pick: (b: TrainerMessageOf<'batch'>) => number,
) {
  let sum = 0;
  let weight = 0;
  for (const b of batches) {
    sum += pick(b) * b.examples;
    weight += b.examples;
  }
  return { mean: sum / weight, weight };
}

const batchesOf = (sent: { message: TrainerMessage }[]) =>
  sent.map((s) => s.message).filter((m): m is TrainerMessageOf<'batch'> => m.type === 'batch');

describe('StreamThrottle', () => {
  it('turns 10,000 batches in one second into at most 21 messages with the same weighted mean', () => {
    const { clock, sent, throttle } = harness();
    const pushed = Array.from({ length: 10_000 }, (_, i) => batchAt(i));
    pushed.forEach((b, i) => {
      clock.now = i * 0.1;
      throttle.push(b);
    });
    clock.now = 1000;
    throttle.push({ ...trainerMessages().epoch, epoch: 1 });

    const out = batchesOf(sent);
    expect(out.length).toBeGreaterThan(1);
    expect(out.length).toBeLessThanOrEqual(21);
    for (const pick of [
      (b: TrainerMessageOf<'batch'>) => b.loss,
      (b: TrainerMessageOf<'batch'>) => b.metrics.acc!,
    ]) {
      const truth = weightedMean(pushed, pick);
      const seen = weightedMean(out, pick);
      expect(seen.weight).toBe(truth.weight);
      expect(seen.mean).toBeCloseTo(truth.mean, 12);
    }
    // Spaced by the interval, except the one the epoch message pushed out.
    const times = sent.filter((s) => s.message.type === 'batch').map((s) => s.at);
    for (let k = 1; k < times.length - 1; k++)
      expect(times[k]! - times[k - 1]!).toBeGreaterThanOrEqual(50);
    // The newest position and rate, and every message still valid on arrival.
    expect(out.at(-1)).toMatchObject({ batch: 10_000, samplesPerS: 1000 + 9_999 });
    for (const m of out) expect(parseTrainerMessage(m)).toMatchObject({ ok: true });
    expect(sent.at(-1)!.message.type).toBe('epoch');
  });

  it('passes slow batches through unchanged', () => {
    const { clock, sent, throttle } = harness();
    const pushed = Array.from({ length: 5 }, (_, i) => batchAt(i));
    pushed.forEach((b, i) => {
      clock.now = i * 100;
      throttle.push(b);
    });
    expect(batchesOf(sent)).toEqual(pushed);
  });

  it('never folds one epoch into the next', () => {
    const { clock, sent, throttle } = harness();
    throttle.push(batchAt(0, 1));
    clock.now = 1;
    throttle.push(batchAt(1, 1));
    clock.now = 2;
    throttle.push(batchAt(2, 2));
    throttle.flush();
    expect(batchesOf(sent).map((b) => [b.epoch, b.batch])).toEqual([
      [1, 1],
      [1, 2],
      [2, 3],
    ]);
  });

  it('sends events at once and in order, after the batches that came before them', () => {
    const { clock, sent, throttle } = harness({ activationIntervalMs: 1000 });
    const t = trainerMessages();
    const events: TrainerMessage[] = [
      t.ready,
      t.started,
      { ...t.epoch, epoch: 1 },
      t.paused,
      t.resumed,
      { ...t.epoch, epoch: 2 },
      t.stopped,
      t.weights,
      t.done,
      t.error,
    ];
    let i = 0;
    for (const event of events) {
      // Fast batches and snapshots between events, most of them held back.
      for (let k = 0; k < 50; k++, i++) {
        clock.now += 0.5;
        throttle.push({ ...batchAt(i), batch: i + 1 });
        if (k % 10 === 0) throttle.push({ ...t.activations, batch: i + 1 });
      }
      clock.now += 0.5;
      throttle.push(event);
      expect(sent.at(-1)!.message).toBe(event);
      // Nothing of the stream that came before an event is held back behind it.
      const lastBatch = batchesOf(sent).at(-1)!;
      expect(lastBatch.batch).toBe(i);
    }
    const kept = sent.map((s) => s.message).filter((m) => COALESCING[m.type] === 'never');
    expect(kept).toEqual(events);
    expect(kept.every((m, k) => m === events[k])).toBe(true);
  });

  it('keeps only the newest activation map and boundary, each at most once per interval', () => {
    const { clock, sent, throttle } = harness({ activationIntervalMs: 250 });
    const t = trainerMessages();
    for (let ms = 0; ms < 1000; ms++) {
      clock.now = ms;
      throttle.push({ ...t.activations, batch: ms + 1 });
      if (ms % 3 === 0) throttle.push({ ...t.boundary, epoch: ms + 1 });
    }
    clock.now = 1000;
    throttle.push(t.stopped);
    const acts = sent.filter((s) => s.message.type === 'activations');
    const bounds = sent.filter((s) => s.message.type === 'boundary');
    expect(acts.map((s) => s.at)).toEqual([0, 250, 500, 750, 1000]);
    expect(bounds.map((s) => s.at)).toEqual([0, 250, 500, 750, 1000]);
    // What is sent is the newest at that moment; the stop sends the very last.
    expect(acts.map((s) => (s.message as TrainerMessageOf<'activations'>).batch)).toEqual([
      1, 251, 501, 751, 1000,
    ]);
    expect((bounds.at(-1)!.message as TrainerMessageOf<'boundary'>).epoch).toBe(1 + 999);
    expect(sent.at(-1)!.message).toBe(t.stopped);
  });

  it('says when a held-back message is due and sends it on tick', () => {
    const { clock, sent, throttle } = harness({ batchIntervalMs: 50, activationIntervalMs: 200 });
    expect(throttle.dueAt()).toBeNull();
    throttle.push(batchAt(0));
    expect(throttle.dueAt()).toBeNull();
    clock.now = 10;
    throttle.push(batchAt(1));
    throttle.push(trainerMessages().activations);
    clock.now = 20;
    throttle.push(trainerMessages().activations);
    expect(throttle.dueAt()).toBe(50);
    clock.now = 49;
    throttle.tick();
    expect(sent).toHaveLength(2);
    clock.now = 50;
    throttle.tick();
    expect(sent.map((s) => s.message.type)).toEqual(['batch', 'activations', 'batch']);
    expect(throttle.dueAt()).toBe(210);
    throttle.setActivationInterval(100);
    expect(throttle.dueAt()).toBe(110);
    clock.now = 110;
    throttle.tick();
    expect(throttle.dueAt()).toBeNull();
    expect(sent.map((s) => s.message.type)).toEqual([
      'batch',
      'activations',
      'batch',
      'activations',
    ]);
  });
});
