import { describe, expect, it } from 'vitest';
import { dense } from '../../layers/core/dense';
import { maxout } from '../../layers/core/maxout';
import { defaultParams } from '../../layers/defaults';
import type { KerasLayer } from '../../layers/definition';
import { registerCustomLayers } from '../customLayers';
import { kerasInputLayer, kerasModelJson } from '../kerasModel';
import { loadTf } from '../tf';

/**
 * Two interleaving half circles ("two moons"), 2-D points with labels 0/1, with a little noise
 * from a fixed linear congruential generator so that every run sees the same points.
 */
function twoMoons(n: number): { xs: number[][]; ys: number[] } {
  let state = 12345;
  const noise = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return (state / 2 ** 31 - 0.5) * 0.2;
  };
  const xs: number[][] = [];
  const ys: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = (Math.PI * (i >> 1)) / (n / 2);
    if (i % 2 === 0) xs.push([Math.cos(t) + noise(), Math.sin(t) + noise()]);
    else xs.push([1 - Math.cos(t) + noise(), 0.5 - Math.sin(t) + noise()]);
    ys.push(i % 2);
  }
  return { xs, ys };
}

/** Fixes the kernel initializer's seed, so the same weights start every run. */
function seeded(layer: KerasLayer, seed: number): KerasLayer {
  const init = layer.config.kernel_initializer as KerasLayer;
  return {
    ...layer,
    config: { ...layer.config, kernel_initializer: { ...init, config: { ...init.config, seed } } },
  };
}

describe('Maxout training', () => {
  it('learns two moons: loss falls and accuracy rises', async () => {
    const tf = await loadTf();
    registerCustomLayers(tf);
    const hidden = seeded(
      maxout.toKeras({ ...defaultParams(maxout), units: 16, pieces: 3 } as never, [[2]])!,
      1,
    );
    const head = seeded(
      dense.toKeras({ ...defaultParams(dense), units: 1, activation: 'sigmoid' } as never, [[16]])!,
      2,
    );
    const json = kerasModelJson(
      'moons',
      [
        { ...kerasInputLayer([2]), name: 'in', inbound: [] },
        { ...hidden, name: 'mx', inbound: ['in'] },
        { ...head, name: 'out', inbound: ['mx'] },
      ],
      ['in'],
      ['out'],
    );
    const model = await tf.models.modelFromJSON(json as never);
    model.compile({
      optimizer: tf.train.adam(0.05),
      loss: 'binaryCrossentropy',
      metrics: ['accuracy'],
    });

    const { xs, ys } = twoMoons(200);
    const x = tf.tensor2d(xs);
    const y = tf.tensor2d(ys, [ys.length, 1]);
    const history = await model.fit(x, y, {
      epochs: 60,
      batchSize: 32,
      shuffle: false,
      verbose: 0,
    });
    const loss = history.history.loss as number[];
    const acc = history.history.acc as number[];

    expect(loss.at(-1)!).toBeLessThan(loss[0]! * 0.5);
    // A straight line separates only about 89% of these points; more needs Maxout's bends.
    expect(acc.at(-1)!).toBeGreaterThan(0.95);
    expect(acc.at(-1)!).toBeGreaterThan(acc[0]!);
    tf.dispose([x, y]);
    model.dispose();
  });
});
