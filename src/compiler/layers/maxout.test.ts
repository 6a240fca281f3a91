import { describe, expect, it } from 'vitest';
import { maxout } from '../../layers/core/maxout';
import { defaultParams } from '../../layers/defaults';
import { registerCustomLayers } from '../customLayers';
import { kerasInputLayer, kerasModelJson } from '../kerasModel';
import { loadTf, type Tf } from '../tf';
import { Maxout } from './maxout';

type Model = Awaited<ReturnType<Tf['models']['modelFromJSON']>>;

/** Input [inDim] → Maxout, built from the definition's own Keras config. */
async function maxoutModel(inDim: number, over: Record<string, unknown>): Promise<Model> {
  const tf = await loadTf();
  registerCustomLayers(tf);
  const params = { ...defaultParams(maxout), ...over } as never;
  const json = kerasModelJson(
    'maxout_check',
    [
      { ...kerasInputLayer([inDim]), name: 'in', inbound: [] },
      { ...maxout.toKeras(params, [[inDim]])!, name: 'mx', inbound: ['in'] },
    ],
    ['in'],
    ['mx'],
  );
  return tf.models.modelFromJSON(json as never);
}

async function predict(model: Model, rows: number[][]): Promise<number[][]> {
  const tf = await loadTf();
  const x = tf.tensor2d(rows);
  const y = model.predict(x) as ReturnType<Tf['tensor2d']>;
  const out = (await y.array()) as number[][];
  tf.dispose([x, y]);
  return out;
}

/** The definition written out with loops: y_j = max_p Σ_i x_i·W[i][p·units + j] + b[p·units + j]. */
function reference(
  x: number[],
  kernel: number[][],
  bias: number[],
  units: number,
  pieces: number,
): number[] {
  const y: number[] = [];
  for (let j = 0; j < units; j++) {
    let best = -Infinity;
    for (let p = 0; p < pieces; p++) {
      const col = p * units + j;
      let z = bias[col]!;
      for (let i = 0; i < x.length; i++) z += x[i]! * kernel[i]![col]!;
      best = Math.max(best, z);
    }
    y.push(best);
  }
  return y;
}

describe('Maxout tfjs layer', () => {
  it('computes the max of its k affine maps (worked example)', async () => {
    const tf = await loadTf();
    const model = await maxoutModel(3, { units: 2, pieces: 3 });
    // Columns: [W1 unit0, W1 unit1 | W2 unit0, W2 unit1 | W3 unit0, W3 unit1].
    const kernel = [
      [1, 0, 0, 0, -1, 0],
      [0, 1, 1, 0, 0, -1],
      [0, 0, 0, 1, 0, 0],
    ];
    const bias = [0, 0, 0.5, -4, 0, 0];
    model.setWeights([tf.tensor2d(kernel), tf.tensor1d(bias)]);
    // x = (1, −2, 3): piece 1 gives (1, −2), piece 2 (−2 + 0.5, 3 − 4) = (−1.5, −1), piece 3 (−1, 2)
    //   → (max(1, −1.5, −1), max(−2, −1, 2)) = (1, 2).
    // x = 0: the pieces are just the biases (0, 0), (0.5, −4), (0, 0) → (0.5, 0).
    expect(
      await predict(model, [
        [1, -2, 3],
        [0, 0, 0],
      ]),
    ).toEqual([
      [1, 2],
      [0.5, 0],
    ]);
    model.dispose();
  });

  it('matches the loop definition on fixed, irregular weights', async () => {
    const tf = await loadTf();
    const [inDim, units, pieces] = [4, 3, 4];
    const wave = (n: number, s: number) =>
      Array.from({ length: n }, (_, i) => Math.sin(s * (i + 1)) * 2);
    const flat = wave(inDim * units * pieces, 1.7);
    const kernel = Array.from({ length: inDim }, (_, i) =>
      flat.slice(i * units * pieces, (i + 1) * units * pieces),
    );
    const bias = wave(units * pieces, 0.9);
    const xs = [wave(inDim, 0.3), wave(inDim, 2.1), [0, 0, 0, 0]];
    const model = await maxoutModel(inDim, { units, pieces });
    model.setWeights([tf.tensor2d(kernel), tf.tensor1d(bias)]);
    const got = await predict(model, xs);
    xs.forEach((x, r) => {
      reference(x, kernel, bias, units, pieces).forEach((v, j) =>
        expect(got[r]![j]).toBeCloseTo(v, 5),
      );
    });
    model.dispose();
  });

  it('saves to Keras JSON and loads back with identical predictions', async () => {
    const tf = await loadTf();
    const model = await maxoutModel(5, { units: 4, pieces: 3, kernelInitializer: 'he_uniform' });
    const saved = JSON.parse(model.toJSON(null, true) as string);
    const layer = saved.config.layers.find((l: { name: string }) => l.name === 'mx');
    expect(layer.class_name).toBe('Maxout');
    expect(layer.config).toMatchObject({
      units: 4,
      pieces: 3,
      use_bias: true,
      // tfjs writes He-uniform the way its own Dense does: as the VarianceScaling it is.
      kernel_initializer: {
        class_name: 'VarianceScaling',
        config: { scale: 2, mode: 'fan_in', distribution: 'uniform' },
      },
      bias_initializer: { class_name: 'Zeros' },
    });

    registerCustomLayers(tf); // a second registration must change nothing
    const loaded = await tf.models.modelFromJSON(saved);
    loaded.setWeights(model.getWeights());
    const rows = [
      [0.1, -0.4, 2, 0, 1],
      [-3, 0.5, 0.25, 1, -1],
    ];
    expect(await predict(loaded, rows)).toEqual(await predict(model, rows));
    expect(loaded.getLayer('mx')).toBeInstanceOf(Maxout);
    model.dispose();
    loaded.dispose();
  });

  it('keeps its weights in the documented shapes and order', async () => {
    const model = await maxoutModel(6, { units: 5, pieces: 4 });
    expect(
      model
        .getLayer('mx')
        .getWeights()
        .map((w) => w.shape),
    ).toEqual([[6, 20], [20]]);
    model.dispose();
    const noBias = await maxoutModel(6, { units: 5, pieces: 4, useBias: false });
    expect(
      noBias
        .getLayer('mx')
        .getWeights()
        .map((w) => w.shape),
    ).toEqual([[6, 20]]);
    noBias.dispose();
  });

  it('finds initializers by any spelling and refuses names that are not initializers', () => {
    for (const name of ['lecun_normal', 'leCunNormal', 'HeUniform']) {
      expect(() => new Maxout({ units: 2, pieces: 2, kernelInitializer: name })).not.toThrow();
    }
    expect(() => new Maxout({ units: 2, pieces: 2, kernelInitializer: 'Dense' })).toThrow(
      "unknown initializer 'Dense'",
    );
    expect(() => new Maxout({ units: 0, pieces: 2 })).toThrow('units must be a positive integer');
  });
});
