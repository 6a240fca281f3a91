/** README.md of an ONNX bundle. */
import type { ExportModel } from '../bundle/types';
import { inputsOutputsSection, samplesSection, weightsSentence } from '../bundle/readme';
import { ONNX_IR_VERSION, ONNX_OPSET } from './toOnnx';
import { VERIFY_TOLERANCE } from './verifyMjs';

/** A Python line that feeds zeros of the right shape to every input. */
function pythonExample(model: ExportModel): string {
  const feeds = model.topology.inputs
    .map((i) => `"${i.layerName}": np.zeros((1, ${i.shape.join(', ')}), np.float32)`)
    .join(', ');
  return [
    '```python',
    'import numpy as np',
    'import onnxruntime as ort',
    '',
    'session = ort.InferenceSession("model.onnx")',
    `outputs = session.run(None, {${feeds}})`,
    '```',
  ].join('\n');
}

function javascriptExample(model: ExportModel): string {
  const first = model.topology.inputs[0]!;
  const size = first.shape.reduce((a, b) => a * b, 1);
  return [
    '```js',
    "import * as ort from 'onnxruntime-web'; // or 'onnxruntime-node'",
    '',
    "const session = await ort.InferenceSession.create('model.onnx');",
    `const x = new ort.Tensor('float32', new Float32Array(${size}), [1, ${first.shape.join(', ')}]);`,
    `const outputs = await session.run({ ${first.layerName}: x });`,
    '```',
  ].join('\n');
}

export function onnxReadme(model: ExportModel): string {
  const title = model.name ? `# ${model.name} — ONNX` : '# ONNX model';
  return `${title}

\`model.onnx\` is the model for prediction, with its weights inside, in ONNX (opset ${ONNX_OPSET},
IR version ${ONNX_IR_VERSION}), exported by NeuroCanvas. ${weightsSentence(model)}

## Layout

Inputs and outputs keep NeuroCanvas' layout: **channels-last**, batch first — images are
\`[batch, height, width, channels]\` (NHWC), sequences \`[batch, steps, features]\`. The batch size is
free (the dimension is named \`batch\`). Models exported from PyTorch usually take NCHW images;
this one does not, so do not transpose images before feeding them. Inside, the graph switches to
channels-first around convolutions and pooling, as ONNX's operators require.

${inputsOutputsSection(model)}

## Use

${pythonExample(model)}

${javascriptExample(model)}

What changes for prediction: Dropout is left out (it only acts while training), batch
normalisation uses its moving mean and variance, folded into one multiply and one add per channel,
and recurrent layers are ONNX's own RNN, LSTM and GRU operators.

${samplesSection(model)}

## Verify

- \`python verify.py\` (needs \`pip install onnx numpy\`) runs \`onnx.checker\` on the model and, if
  \`onnxruntime\` is installed, compares its outputs on the samples with NeuroCanvas' outputs.
- \`node verify.mjs\` (needs \`npm install onnxruntime-web\`) runs the model in ONNX Runtime Web
  under Node and compares the same way.

Both accept differences up to ${VERIFY_TOLERANCE} (relative to the value where it is larger than 1)
and exit with 1 otherwise.
`;
}
