/**
 * `model.py` of a Keras bundle: `create_model()` rebuilds the graph with the functional API, one
 * line per layer named after it; `build_model()` returns it with the bundle's weights loaded.
 */
import type { ExportModel } from '../bundle/types';
import { layerCall } from './layerCall';
import { py, pythonNames } from './python';

export const WEIGHTS_NPZ = 'weights.npz';

const MAXOUT_CLASS = `

@keras.saving.register_keras_serializable(package="neurocanvas")
class Maxout(layers.Layer):
    """Maxout: k affine maps of the input, and for every unit the largest of its k values.

    kernel is (inputs, units * pieces), with piece p in columns p * units to p * units + units - 1;
    bias is (units * pieces,), laid out the same way. This is the layout NeuroCanvas trains with.
    """

    def __init__(self, units, pieces, use_bias=True, kernel_initializer="glorot_uniform",
                 bias_initializer="zeros", **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.pieces = pieces
        self.use_bias = use_bias
        self.kernel_initializer = keras.initializers.get(kernel_initializer)
        self.bias_initializer = keras.initializers.get(bias_initializer)

    def build(self, input_shape):
        width = self.units * self.pieces
        self.kernel = self.add_weight(name="kernel", shape=(input_shape[-1], width),
                                      initializer=self.kernel_initializer)
        if self.use_bias:
            self.bias = self.add_weight(name="bias", shape=(width,),
                                        initializer=self.bias_initializer)

    def call(self, inputs):
        z = keras.ops.matmul(inputs, self.kernel)
        if self.use_bias:
            z = z + self.bias
        # The last axis holds piece p of unit j at p * units + j: split it into (pieces, units).
        z = keras.ops.reshape(z, (-1, *inputs.shape[1:-1], self.pieces, self.units))
        return keras.ops.max(z, axis=-2)

    def compute_output_shape(self, input_shape):
        return (*input_shape[:-1], self.units)

    def get_config(self):
        return {
            **super().get_config(),
            "units": self.units,
            "pieces": self.pieces,
            "use_bias": self.use_bias,
            "kernel_initializer": keras.initializers.serialize(self.kernel_initializer),
            "bias_initializer": keras.initializers.serialize(self.bias_initializer),
        }

`;

const shapeTuple = (shape: readonly number[]) => py([...shape]);
const layoutLine = (name: string, shape: readonly number[]) =>
  `    ${name}: (batch, ${shape.join(', ')})`;

/** The Python source of model.py. Call only when every layer has a translation. */
export function modelPy(model: ExportModel): string {
  const layers = model.topology.json.config.layers;
  const vars = pythonNames(layers.map((l) => l.name));
  const body: string[] = [];
  for (const layer of layers) {
    const variable = vars.get(layer.name)!;
    if (layer.class_name === 'InputLayer') {
      const shape = (layer.config.batch_input_shape as number[]).slice(1);
      body.push(
        `    ${variable} = keras.Input(shape=${shapeTuple(shape)}, name=${py(layer.name)})`,
      );
      continue;
    }
    const call = layerCall(layer);
    if (!call.ok) throw new Error(`${layer.name} cannot be written for Keras: ${call.reason}.`);
    const sources = layer.inbound_nodes[0]?.map(([name]) => vars.get(name)!) ?? [];
    const inputs = sources.length === 1 ? sources[0]! : `[${sources.join(', ')}]`;
    const line = `    ${variable} = ${call.callable}(${call.args.join(', ')})(${inputs})`;
    // PEP 8 allows up to 99 characters where a team agrees; longer calls get one argument a line.
    body.push(
      line.length <= 99
        ? line
        : `    ${variable} = ${call.callable}(\n${call.args.map((a) => `        ${a},`).join('\n')}\n    )(${inputs})`,
    );
  }
  const list = (names: readonly string[]) =>
    names.length === 1 ? vars.get(names[0]!)! : `[${names.map((n) => vars.get(n)!).join(', ')}]`;
  const inputs = model.topology.inputs.map((i) => i.layerName);
  const outputs = model.topology.outputs.map((o) => o.layerName);
  body.push(
    `    return keras.Model(inputs=${list(inputs)}, outputs=${list(outputs)}, name=${py(model.topology.json.config.name)})`,
  );

  const weightNames = [...model.weights]
    .filter(([, weights]) => weights.length > 0)
    .map(([layer, weights]) => `    ${py(layer)}: [${weights.map((w) => py(w.name)).join(', ')}],`);
  const usesMaxout = layers.some((l) => l.class_name === 'Maxout');

  return `"""${model.name ?? 'A NeuroCanvas model'}, rebuilt with the Keras functional API (Keras 3).

Layout: the same as in NeuroCanvas, channels-last with the batch first.
Inputs:
${model.topology.inputs.map((i) => layoutLine(i.layerName, i.shape)).join('\n')}
Outputs:
${model.topology.outputs.map((o) => layoutLine(o.layerName, o.shape)).join('\n')}

build_model() returns the keras.Model with the weights of ${WEIGHTS_NPZ} loaded;
create_model() returns it with fresh weights, for training from scratch.
"""
from pathlib import Path

import keras
import numpy as np
from keras import layers

WEIGHTS_FILE = Path(__file__).with_name(${py(WEIGHTS_NPZ)})
${usesMaxout ? MAXOUT_CLASS : '\n'}
def create_model():
    """The model with freshly drawn weights."""
${body.join('\n')}


# Each layer's weights in the order Keras lists them; ${WEIGHTS_NPZ} names them "<layer>/<weight>".
WEIGHT_NAMES = {
${weightNames.join('\n')}
}


def load_weights(model, path=WEIGHTS_FILE):
    """Sets every layer's weights from an .npz file laid out like ${WEIGHTS_NPZ}."""
    with np.load(path) as weights:
        for layer_name, names in WEIGHT_NAMES.items():
            values = [weights[f"{layer_name}/{name}"] for name in names]
            model.get_layer(layer_name).set_weights(values)


def build_model():
    """The model with the bundle's weights loaded."""
    model = create_model()
    load_weights(model)
    return model
`;
}
