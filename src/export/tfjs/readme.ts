/** README.md of a TensorFlow.js bundle. */
import { inputsOutputsSection, samplesSection, weightsSentence } from '../bundle/readme';
import type { ExportModel } from '../bundle/types';
import { CUSTOM_LAYERS_FILE } from './customLayersSnippet';
import { DEFAULT_SHARD_NAME } from './writeLayersModel';
import { SAMPLES_JSON_FILE, VERIFY_FILE } from './verifyScript';

export function tfjsReadme(model: ExportModel, options: { customLayers: string[] }): string {
  const custom = options.customLayers.length > 0;
  const register = custom
    ? `import { registerCustomLayers } from './${CUSTOM_LAYERS_FILE}';\nregisterCustomLayers(tf); // before loading: the model uses ${options.customLayers.join(', ')}\n`
    : '';
  const parts = [
    `# ${model.name ?? 'NeuroCanvas model'} — TensorFlow.js`,
    '',
    `A TensorFlow.js Layers model exported from NeuroCanvas. ${weightsSentence(model)}`,
    '',
    '## Files',
    '',
    `- \`model.json\`: the model (Keras functional format) and the list of its weights.`,
    `- \`${DEFAULT_SHARD_NAME}\`: the weights, little-endian float32, in the order model.json lists them.`,
    ...(custom
      ? [
          `- \`${CUSTOM_LAYERS_FILE}\`: NeuroCanvas' own layers (${options.customLayers.join(', ')}), which plain TensorFlow.js needs registered before loading.`,
        ]
      : []),
    `- \`${VERIFY_FILE}\`, \`${SAMPLES_JSON_FILE}\`, \`samples.npz\`: a check of the export (below).`,
    '',
    '## Loading',
    '',
    'Serve the folder and load it in a web page, or in Node with `@tensorflow/tfjs`:',
    '',
    '```js',
    "import * as tf from '@tensorflow/tfjs';",
    register + "const model = await tf.loadLayersModel('https://example.com/model/model.json');",
    'const y = model.predict(x);',
    '```',
    '',
    inputsOutputsSection(model),
    '',
    samplesSection(model),
    '',
    '## Checking the export',
    '',
    '```sh',
    'npm install @tensorflow/tfjs',
    `node ${VERIFY_FILE}`,
    '```',
    '',
    `It loads \`model.json\` with plain TensorFlow.js, runs the inputs of \`${SAMPLES_JSON_FILE}\` (the same`,
    'as `samples.npz`) and reports the largest difference from NeuroCanvas’ outputs.',
    '',
    '## To Keras (.h5 or SavedModel)',
    '',
    'With the Python package `tensorflowjs` (`pip install tensorflowjs`):',
    '',
    '```sh',
    'tensorflowjs_converter --input_format=tfjs_layers_model --output_format=keras model.json model.h5',
    'tensorflowjs_converter --input_format=tfjs_layers_model --output_format=keras_saved_model model.json saved_model',
    '```',
  ];
  if (options.customLayers.includes('Maxout')) {
    parts.push(
      '',
      'The converter does not know the Maxout layer, so it cannot convert this model; export to',
      'Keras from NeuroCanvas instead, which writes Maxout as a small Keras layer class.',
    );
  }
  return parts.join('\n') + '\n';
}
