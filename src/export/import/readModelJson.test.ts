import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTf, type Tf } from '../../compiler/tf';
import { analyzeGraph } from '../../graph/analyze';
import type { Graph } from '../../graph/types';
import { topologyText } from './fixtures/artifacts';
import { readModelJson, type ImportResult } from './readModelJson';

let tf: Tf;
beforeAll(async () => {
  tf = await loadTf();
});
afterAll(() => tf.disposeVariables());

function imported(result: ImportResult): { graph: Graph; warnings: string[] } {
  if (!result.ok) throw new Error(`import failed: ${result.error}`);
  return result;
}
function importError(result: ImportResult): string {
  if (result.ok) throw new Error('import succeeded but should have failed');
  return result.error;
}
const summary = (g: Graph) => g.nodes.map((n) => `${n.id} ${n.type} ${n.name}`);
const wiring = (g: Graph) => g.edges.map((e) => `${e.source}→${e.target}`);

/** A Keras 2 / tfjs functional model with the given layers. */
function functional(layers: unknown[], outputs: unknown = [['out', 0, 0]]) {
  return JSON.stringify({
    class_name: 'Model',
    config: { name: 'm', layers, input_layers: [], output_layers: outputs },
  });
}
const inputLayer = (name: string, shape: number[]) => ({
  name,
  class_name: 'InputLayer',
  config: { batch_input_shape: [null, ...shape], dtype: 'float32', name },
  inbound_nodes: [],
});
const denseLayer = (name: string, units: number, inbound: unknown[], activation = 'linear') => ({
  name,
  class_name: 'Dense',
  config: { name, units, activation },
  inbound_nodes: inbound,
});

describe('Sequential models', () => {
  it('imports a tfjs Sequential model with its implied Input and an Output', () => {
    const model = tf.sequential({
      layers: [
        tf.layers.dense({ name: 'hidden', units: 8, inputShape: [4], activation: 'relu' }),
        tf.layers.dense({ name: 'probs', units: 3, activation: 'softmax' }),
      ],
    });
    const { graph, warnings } = imported(readModelJson(topologyText(model)));
    expect(summary(graph)).toEqual([
      'n1 Input hidden_input',
      'n2 Dense hidden',
      'n3 Dense probs',
      'n4 Output output',
    ]);
    expect(wiring(graph)).toEqual(['n1→n2', 'n2→n3', 'n3→n4']);
    expect(graph.nodes[0]!.params).toEqual({ shape: [4] });
    expect(graph.nodes[1]!.params).toMatchObject({ units: 8, activation: 'relu', useBias: true });
    expect(graph.nodes[3]!.params).toMatchObject({ loss: 'categorical_crossentropy' });
    expect(warnings).toEqual([]);
    const analysis = analyzeGraph(graph);
    expect(analysis.problems).toEqual([]);
    expect(analysis.totals.total).toBe(model.countParams());
    model.dispose();
  });

  it.each([
    ['a single sigmoid unit', 'sigmoid', 1, 'binary_crossentropy'],
    ['several sigmoid units', 'sigmoid', 3, 'mean_squared_error'],
    ['a linear unit', 'linear', 1, 'mean_squared_error'],
    ['softmax', 'softmax', 2, 'categorical_crossentropy'],
  ])('guesses the loss after %s', (_label, activation, units, loss) => {
    const text = JSON.stringify({
      class_name: 'Sequential',
      config: [
        { class_name: 'Dense', config: { units, activation, batch_input_shape: [null, 5] } },
      ],
    });
    const { graph } = imported(readModelJson(text));
    expect(graph.nodes.map((n) => n.type)).toEqual(['Input', 'Dense', 'Output']);
    expect(graph.nodes[2]!.params.loss).toBe(loss);
  });

  it('guesses from an Activation layer after a Dense of one unit', () => {
    const text = JSON.stringify({
      class_name: 'Sequential',
      config: {
        layers: [
          { class_name: 'Dense', config: { name: 'd', units: 1, batch_input_shape: [null, 3] } },
          { class_name: 'Activation', config: { name: 'p', activation: 'sigmoid' } },
        ],
      },
    });
    expect(imported(readModelJson(text)).graph.nodes[3]!.params.loss).toBe('binary_crossentropy');
  });

  it('reads the converter form with model_config and takes the loss from training_config', () => {
    const text = JSON.stringify({
      format: 'layers-model',
      modelTopology: {
        keras_version: '2.15.0',
        backend: 'tensorflow',
        model_config: {
          class_name: 'Sequential',
          config: {
            name: 'seq',
            layers: [
              {
                class_name: 'InputLayer',
                config: { batch_input_shape: [null, 6], name: 'features' },
              },
              { class_name: 'Dense', config: { name: 'scores', units: 4, activation: 'softmax' } },
            ],
          },
        },
        training_config: { loss: 'sparse_categorical_crossentropy', optimizer_config: {} },
      },
      weightsManifest: [],
    });
    const { graph } = imported(readModelJson(text));
    expect(summary(graph)).toEqual(['n1 Input features', 'n2 Dense scores', 'n3 Output output']);
    expect(graph.nodes[2]!.params.loss).toBe('sparse_categorical_crossentropy');
  });

  it('refuses a Sequential model that does not give its input shape', () => {
    const text = JSON.stringify({
      class_name: 'Sequential',
      config: { layers: [{ class_name: 'Dense', config: { name: 'd', units: 2 } }] },
    });
    expect(importError(readModelJson(text))).toBe(
      "The Sequential model does not say what its input looks like: its first layer 'd' has no batch_input_shape (or batch_shape).",
    );
  });

  it('makes names unique and keeps them to the allowed characters', () => {
    const text = JSON.stringify({
      class_name: 'Sequential',
      config: [
        { class_name: 'Dense', config: { name: 'a/b c', units: 2, batch_input_shape: [null, 2] } },
        { class_name: 'Dense', config: { name: 'a_b_c', units: 2 } },
        { class_name: 'Dense', config: { name: 'output', units: 2 } },
      ],
    });
    const { graph, warnings } = imported(readModelJson(text));
    expect(graph.nodes.map((n) => n.name)).toEqual([
      'a_b_c_input',
      'a_b_c',
      'a_b_c_2',
      'output',
      'output_2',
    ]);
    expect(warnings).toEqual([
      "Some layers were renamed so that every name is unique and uses only letters, digits, '_', '.' and '-': 'a/b c_input' → 'a_b_c_input', 'a/b c' → 'a_b_c', 'a_b_c' → 'a_b_c_2'.",
    ]);
  });
});

describe('functional models', () => {
  it('imports two inputs, two outputs, a branch and merges, keeping the merge order', () => {
    const a = tf.input({ name: 'a', shape: [8] });
    const b = tf.input({ name: 'b', shape: [4] });
    const da = tf.layers.dense({ name: 'da', units: 8 }).apply(a) as ReturnType<Tf['input']>;
    const db = tf.layers.dense({ name: 'db', units: 8 }).apply(b) as ReturnType<Tf['input']>;
    const sum = tf.layers.add({ name: 'sum' }).apply([db, da]) as ReturnType<Tf['input']>;
    const both = tf.layers.concatenate({ name: 'both' }).apply([sum, a]) as ReturnType<Tf['input']>;
    const yes = tf.layers.dense({ name: 'yes', units: 1, activation: 'sigmoid' }).apply(both);
    const kind = tf.layers.dense({ name: 'kind', units: 3, activation: 'softmax' }).apply(sum);
    const model = tf.model({ inputs: [a, b], outputs: [yes, kind] as never });

    const { graph } = imported(readModelJson(topologyText(model)));
    const id = (name: string) => graph.nodes.find((n) => n.name === name)!.id;
    expect(graph.nodes.map((n) => n.type).sort()).toEqual(
      [
        'Add',
        'Concatenate',
        'Dense',
        'Dense',
        'Dense',
        'Dense',
        'Input',
        'Input',
        'Output',
        'Output',
      ].sort(),
    );
    const into = (name: string) =>
      graph.edges.filter((e) => e.target === id(name)).map((e) => e.source);
    expect(into('sum')).toEqual([id('db'), id('da')]);
    expect(into('both')).toEqual([id('sum'), id('a')]);
    const outputs = graph.nodes.filter((n) => n.type === 'Output');
    expect(
      outputs.map((o) => [
        o.name,
        graph.edges.find((e) => e.target === o.id)!.source,
        o.params.loss,
      ]),
    ).toEqual([
      ['output_1', id('yes'), 'binary_crossentropy'],
      ['output_2', id('kind'), 'categorical_crossentropy'],
    ]);
    const analysis = analyzeGraph(graph);
    expect(analysis.problems).toEqual([]);
    expect(analysis.totals.total).toBe(model.countParams());
    model.dispose();
  });

  it('reads the Keras 3 form of inbound nodes and a single output written as one triple', () => {
    const tensor = (layer: string) => ({
      class_name: '__keras_tensor__',
      config: { shape: [null, 4], dtype: 'float32', keras_history: [layer, 0, 0] },
    });
    const keras3 = (className: string, name: string, config: object, args: unknown[]) => ({
      module: 'keras.layers',
      class_name: className,
      config: {
        name,
        trainable: true,
        dtype: { module: 'keras', class_name: 'DTypePolicy', config: { name: 'float32' } },
        ...config,
      },
      registered_name: null,
      build_config: { input_shape: [null, 4] },
      name,
      inbound_nodes: args.length === 0 ? [] : [{ args, kwargs: {} }],
    });
    const text = JSON.stringify({
      module: 'keras',
      class_name: 'Functional',
      config: {
        name: 'functional',
        trainable: true,
        layers: [
          {
            ...keras3('InputLayer', 'input_layer', { batch_shape: [null, 4], sparse: false }, []),
            build_config: undefined,
          },
          keras3('Dense', 'left', { units: 4, activation: 'relu', use_bias: true }, [
            tensor('input_layer'),
          ]),
          keras3('Dense', 'right', { units: 4, activation: 'tanh', use_bias: false }, [
            tensor('input_layer'),
          ]),
          keras3('Add', 'add', {}, [[tensor('right'), tensor('left')]]),
          keras3('Dense', 'head', { units: 2, activation: 'softmax' }, [tensor('add')]),
        ],
        input_layers: ['input_layer', 0, 0],
        output_layers: ['head', 0, 0],
      },
      registered_name: 'Functional',
      compile_config: {
        loss: { module: 'keras.losses', class_name: 'MeanSquaredError', config: {} },
      },
    });
    const { graph } = imported(readModelJson(text));
    expect(summary(graph)).toEqual([
      'n1 Input input_layer',
      'n2 Dense left',
      'n3 Dense right',
      'n4 Add add',
      'n5 Dense head',
      'n6 Output output',
    ]);
    expect(wiring(graph)).toEqual(['n1→n2', 'n1→n3', 'n3→n4', 'n2→n4', 'n4→n5', 'n5→n6']);
    expect(graph.nodes[2]!.params).toMatchObject({ activation: 'tanh', useBias: false });
    expect(graph.nodes[5]!.params.loss).toBe('mean_squared_error');
    expect(analyzeGraph(graph).totals.trainable).toBe(4 * 4 + 4 + 4 * 4 + 4 * 2 + 2);
  });

  it.each([
    ['a list', ['mse', 'binary_crossentropy']],
    ['a map by output name', { b: 'BinaryCrossentropy', a: 'mean_squared_error' }],
  ])('takes each output loss from training settings given as %s', (_label, loss) => {
    const text = JSON.stringify({
      modelTopology: {
        model_config: JSON.parse(
          functional(
            [
              inputLayer('x', [3]),
              denseLayer('a', 2, [[['x', 0, 0, {}]]], 'softmax'),
              denseLayer('b', 1, [[['x', 0, 0, {}]]], 'sigmoid'),
            ],
            [
              ['a', 0, 0],
              ['b', 0, 0],
            ],
          ),
        ),
        training_config: { loss },
      },
    });
    const { graph, warnings } = imported(readModelJson(text));
    expect(graph.nodes.filter((n) => n.type === 'Output').map((n) => n.params.loss)).toEqual([
      'mean_squared_error',
      'binary_crossentropy',
    ]);
    expect(warnings).toEqual([]);
  });

  it('guesses the loss when the configured one is not offered, and says so', () => {
    const text = JSON.stringify({
      modelTopology: JSON.parse(
        functional([inputLayer('x', [3]), denseLayer('out', 4, [[['x', 0, 0, {}]]], 'softmax')]),
      ),
      trainingConfig: { loss: 'kl_divergence' },
    });
    const { graph, warnings } = imported(readModelJson(text));
    expect(graph.nodes[2]!.params.loss).toBe('categorical_crossentropy');
    expect(warnings).toEqual([
      "The loss 'kl_divergence' of output 'out' is not one NeuroCanvas offers; its loss was guessed from the last activation instead.",
    ]);
  });

  it('puts every node in its own place, each edge pointing down the canvas', () => {
    const { graph } = imported(
      readModelJson(
        functional(
          [
            inputLayer('x', [3]),
            denseLayer('p', 3, [[['x', 0, 0, {}]]]),
            denseLayer('q', 3, [[['x', 0, 0, {}]]]),
            {
              name: 'out',
              class_name: 'Add',
              config: { name: 'out' },
              inbound_nodes: [
                [
                  ['p', 0, 0, {}],
                  ['q', 0, 0, {}],
                ],
              ],
            },
          ],
          [['out', 0, 0]],
        ),
      ),
    );
    const at = new Map(graph.nodes.map((n) => [n.id, n.position]));
    expect(new Set(graph.nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(
      graph.nodes.length,
    );
    for (const e of graph.edges) expect(at.get(e.target)!.y).toBeGreaterThan(at.get(e.source)!.y);
  });
  it('imports a model that has shape problems here, and says so', () => {
    const text = JSON.stringify({
      class_name: 'Sequential',
      config: [
        {
          class_name: 'Dense',
          config: { name: 'per_step', units: 4, batch_input_shape: [null, 10, 3] },
        },
        { class_name: 'Dense', config: { name: 'score', units: 1 } },
      ],
    });
    const { graph, warnings } = imported(readModelJson(text));
    expect(graph.nodes.map((n) => n.type)).toEqual(['Input', 'Dense', 'Dense', 'Output']);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^The imported model has a problem to fix before it can train\. The first: 'per_step': Dense expects a vector/,
      ),
    ]);
  });
});

describe('what cannot be imported', () => {
  it('names the layer and the class it does not support, and lists the others', () => {
    const text = functional(
      [
        inputLayer('tokens', [10, 16]),
        {
          name: 'attn_1',
          class_name: 'MultiHeadAttention',
          config: { num_heads: 2 },
          inbound_nodes: [[['tokens', 0, 0, {}]]],
        },
        {
          name: 'mystery',
          class_name: 'Custom>Thing',
          config: {},
          inbound_nodes: [[['attn_1', 0, 0, {}]]],
        },
      ],
      [['mystery', 0, 0]],
    );
    expect(importError(readModelJson(text))).toBe(
      "Layer 'attn_1' uses Keras class 'MultiHeadAttention', which NeuroCanvas does not support. Other layers NeuroCanvas cannot import: 'mystery' (Custom>Thing).",
    );
  });

  it('refuses a layer applied twice (shared weights), naming it', () => {
    const text = functional([
      inputLayer('a', [4]),
      inputLayer('b', [4]),
      denseLayer('shared_dense', 4, [[['a', 0, 0, {}]], [['b', 0, 0, {}]]]),
      {
        name: 'out',
        class_name: 'Add',
        config: {},
        inbound_nodes: [
          [
            ['shared_dense', 0, 0, {}],
            ['shared_dense', 1, 0, {}],
          ],
        ],
      },
    ]);
    expect(importError(readModelJson(text))).toBe(
      "Layer 'shared_dense' is applied 2 times, sharing its weights between the calls. NeuroCanvas does not support shared layers; give each use its own layer.",
    );
  });

  it('refuses a model nested in a model', () => {
    const text = functional([
      inputLayer('a', [4]),
      {
        name: 'inner',
        class_name: 'Sequential',
        config: { layers: [] },
        inbound_nodes: [[['a', 0, 0, {}]]],
      },
      denseLayer('out', 1, [[['inner', 0, 0, {}]]]),
    ]);
    expect(importError(readModelJson(text))).toMatch(
      /^Layer 'inner' is a whole Sequential model nested inside this one/,
    );
  });

  it('names the layer whose settings its definition cannot read', () => {
    const text = functional([
      inputLayer('a', [4]),
      denseLayer('out', 4, [[['a', 0, 0, {}]]], 'mystery_fn'),
    ]);
    expect(importError(readModelJson(text))).toMatch(
      /^Layer 'out' \(Dense\): activation 'mystery_fn' is not supported\.$/,
    );
  });

  it('refuses parameter values beyond their range', () => {
    const text = functional([inputLayer('a', [4]), denseLayer('out', 1e12, [[['a', 0, 0, {}]]])]);
    expect(importError(readModelJson(text))).toMatch(
      /^Layer 'out' \(Dense\): Units must be a whole number from 1 to 1,000,000/,
    );
  });

  it('refuses more than 10,000 layers', () => {
    const layers = Array.from({ length: 10_001 }, (_, i) => ({
      class_name: 'Dense',
      config: { name: `d${i}`, units: 1 },
    }));
    const text = JSON.stringify({ class_name: 'Sequential', config: { layers } });
    expect(importError(readModelJson(text))).toBe(
      'The model has 10001 layers; NeuroCanvas imports at most 10000.',
    );
  });

  it('refuses connections that form a loop', () => {
    const text = functional([
      inputLayer('a', [4]),
      denseLayer('p', 4, [[['q', 0, 0, {}]]]),
      denseLayer('q', 4, [[['p', 0, 0, {}]]]),
      denseLayer('out', 4, [[['a', 0, 0, {}]]]),
    ]);
    // Where the loop is entered depends on the search; either reading names the same loop.
    expect(importError(readModelJson(text))).toMatch(
      /^The model's connections form a loop, which no Keras model can have: ('p' → 'q' → 'p'|'q' → 'p' → 'q')\.$/,
    );
  });

  it('explains a TensorFlow.js graph model', () => {
    const text = JSON.stringify({
      format: 'graph-model',
      modelTopology: { node: [] },
      weightsManifest: [],
    });
    expect(importError(readModelJson(text))).toMatch(/^This is a TensorFlow\.js graph model/);
  });

  it('reports truncated JSON without throwing', () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ units: 2, inputShape: [3] })] });
    const text = topologyText(model);
    model.dispose();
    for (const cut of [0, 1, Math.floor(text.length / 2), text.length - 1]) {
      expect(importError(readModelJson(text.slice(0, cut)))).toMatch(
        /^model\.json is not valid JSON; it may be cut off or damaged/,
      );
    }
  });

  const deep = '['.repeat(100_000) + ']'.repeat(100_000);
  it.each(
    [
      ['null', 'model.json must hold a JSON object, but it holds null.'],
      ['[]', 'model.json must hold a JSON object, but it holds [].'],
      ['"model"', 'model.json must hold a JSON object, but it holds "model".'],
      ['{}', 'This file does not look like a Keras or TensorFlow.js model'],
      [
        '{"modelTopology": 5}',
        "'modelTopology' in model.json should describe the model, but it is 5.",
      ],
      [
        '{"modelTopology": null}',
        "'modelTopology' in model.json should describe the model, but it is null.",
      ],
      [
        '{"class_name": "Bogus", "config": {}}',
        'The model is of Keras class "Bogus"; NeuroCanvas reads Sequential',
      ],
      [
        '{"class_name": "Sequential", "config": 7}',
        "The Sequential model's config should list its layers, but it is 7.",
      ],
      ['{"class_name": "Sequential", "config": []}', 'The model has no layers.'],
      [
        '{"class_name": "Sequential", "config": [null]}',
        'Layer 1 of the Sequential model is not a layer',
      ],
      [
        '{"class_name": "Sequential", "config": [{"class_name": 3, "config": {}}]}',
        'Layer 1 of the Sequential model is not a layer',
      ],
      [
        '{"class_name": "Model", "config": {"layers": {}}}',
        "The functional model's config should list its layers, but it is an object.",
      ],
      [
        '{"class_name": "Model", "config": {"layers": [{"class_name": "Dense", "config": {}}]}}',
        'Layer 1 of the model has no name.',
      ],
      [
        '{"class_name": "Model", "config": {"layers": [{"name": "d", "class_name": "Dense", "config": {}, "inbound_nodes": "x"}]}}',
        'The inputs of layer \'d\' (inbound_nodes) should be a list, but are "x".',
      ],
      [
        '{"class_name": "Model", "config": {"layers": [{"name": "d", "class_name": "Dense", "config": {}, "inbound_nodes": [[["a", -1, 0]]]}]}}',
        "An input of layer 'd' is not a [layer name, node index, tensor index] reference.",
      ],
      [
        '{"class_name": "Model", "config": {"layers": [{"name": "d", "class_name": "Dense", "config": {}, "inbound_nodes": [[["nowhere", 0, 0]]]}]}}',
        "Layer 'd' refers to 'nowhere', but the model has no layer of that name.",
      ],
      [
        '{"class_name": "Model", "config": {"layers": [{"name": "d", "class_name": "Dense", "config": {}, "inbound_nodes": [{"args": [], "kwargs": {}}]}]}}',
        "Layer 'd' is called without any input.",
      ],
      [
        '{"class_name": "Model", "config": {"layers": [{"name": "d", "class_name": "Dense", "config": {}, "inbound_nodes": []}]}}',
        "Layer 'd' is not connected to any input.",
      ],
      [
        '{"class_name": "Model", "config": {"layers": [{"name": "i", "class_name": "InputLayer", "config": {"batch_input_shape": [null, 2]}}], "output_layers": "i"}}',
        "The model's 'output_layers' should be a list, but it is \"i\".",
      ],
      [
        '{"class_name": "Model", "config": {"layers": [{"name": "i", "class_name": "InputLayer", "config": {"batch_input_shape": [null, 2]}}], "output_layers": []}}',
        'The model lists no outputs (output_layers is empty).',
      ],
      [
        '{"class_name": "Model", "config": {"layers": [{"name": "i", "class_name": "InputLayer", "config": {}}, {"name": "i", "class_name": "InputLayer", "config": {}}]}}',
        "Two layers of the model are both named 'i'.",
      ],
      [
        '{"class_name": "Model", "config": {"layers": [{"name": "i", "class_name": "InputLayer", "config": {"batch_input_shape": [null, 2]}}], "output_layers": [["i", 0, 1]]}}',
        "The model's output_layers uses output 2 of layer 'i'; NeuroCanvas layers have a single output.",
      ],
      [
        '{"class_name": "Sequential", "config": [{"class_name": "InputLayer", "config": {"batch_input_shape": "x"}}]}',
        "Layer 'input_layer_1' (InputLayer): the input layer has no shape",
      ],
      [
        '{"weightsManifest": 3, "modelTopology": {"class_name": "Sequential", "config": []}}',
        "'weightsManifest' in model.json should be a list, but it is 3.",
      ],
      [deep, 'model.json'],
    ].map(([text, message]) => ({ text: text!, message: message! })),
  )('refuses: $message', ({ text, message }) => {
    const error = importError(readModelJson(text));
    expect(error.startsWith(message), error).toBe(true);
  });

  it('does not throw on values of the wrong type anywhere in a layer', () => {
    const odd = [null, 0, -1, 1.5, 'x', [], {}, [null], { class_name: 7 }, Number.MAX_VALUE];
    for (const value of odd) {
      for (const key of [
        'units',
        'activation',
        'use_bias',
        'kernel_initializer',
        'kernel_regularizer',
        'batch_input_shape',
        'name',
      ]) {
        const text = JSON.stringify({
          class_name: 'Sequential',
          config: [
            {
              class_name: 'Dense',
              config: { units: 2, batch_input_shape: [null, 2], [key]: value },
            },
          ],
        });
        const result = readModelJson(text);
        if (!result.ok) expect(result.error).not.toMatch(/could not be imported/);
      }
    }
  });
});
