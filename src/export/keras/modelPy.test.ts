import { describe, expect, it } from 'vitest';
import { addNode, chain } from '../../graph/testing/build';
import { exportModelOf } from '../bundle/testing/exportModels';
import { modelPy } from './modelPy';

/** The lines of create_model(), without the docstring. */
function createModelBody(source: string): string[] {
  const start = source.indexOf('def create_model():');
  const end = source.indexOf('\n\n\n', start);
  return source.slice(start, end).split('\n').slice(2);
}

describe('model.py', () => {
  it('builds a chain one line per layer, each fed by the one before', async () => {
    const model = await exportModelOf(
      chain(
        ['Input', { shape: [28, 28, 1] }],
        ['Conv2D', { filters: 6, kernelSize: [5, 5], activation: 'tanh' }],
        ['AveragePooling2D', {}],
        'Flatten',
        ['Dense', { units: 10, activation: 'softmax' }],
        'Output',
      ),
    );
    expect(createModelBody(modelPy(model))).toEqual([
      '    input_1 = keras.Input(shape=(28, 28, 1), name="input_1")',
      '    conv2d_1 = layers.Conv2D(6, (5, 5), activation="tanh", name="conv2d_1")(input_1)',
      '    average_pooling2d_1 = layers.AveragePooling2D(',
      '        (2, 2),',
      '        strides=(2, 2),',
      '        name="average_pooling2d_1",',
      '    )(conv2d_1)',
      '    flatten_1 = layers.Flatten(name="flatten_1")(average_pooling2d_1)',
      '    dense_1 = layers.Dense(10, activation="softmax", name="dense_1")(flatten_1)',
      '    return keras.Model(inputs=input_1, outputs=dense_1, name="neurocanvas_model")',
    ]);
  });

  it('feeds merges a list and lists several inputs and outputs', async () => {
    const a = chain(['Input', { shape: [3] }]);
    const b = addNode(a, ['Input', { shape: [3] }]);
    const add = addNode(b.graph, 'Add', [a.nodes[0]!.id, b.id]);
    const one = addNode(add.graph, ['Dense', { units: 2, activation: 'softmax' }], [add.id]);
    const two = addNode(one.graph, ['Dense', { units: 1, activation: 'sigmoid' }], [add.id]);
    const out = addNode(two.graph, 'Output', [one.id]);
    const graph = addNode(out.graph, ['Output', { loss: 'binary_crossentropy' }], [two.id]).graph;
    const body = createModelBody(modelPy(await exportModelOf(graph)));
    expect(body).toContain('    add_1 = layers.Add(name="add_1")([input_1, input_2])');
    expect(body.at(-1)).toBe(
      '    return keras.Model(inputs=[input_1, input_2], outputs=[dense_1, dense_2], name="neurocanvas_model")',
    );
  });

  it('turns layer names into distinct Python names', async () => {
    const graph = chain(
      ['Input', { shape: [2] }],
      ['Dense', { units: 2, activation: 'softmax' }],
      'Output',
    );
    const nodes = graph.nodes.map((n, i) => (i === 1 ? { ...n, name: 'class' } : n));
    const source = modelPy(await exportModelOf({ ...graph, nodes }));
    expect(source).toContain(
      '    class_ = layers.Dense(2, activation="softmax", name="class")(input_1)',
    );
  });
});
