/** The bundle's README.md: what is in it, the layouts, and how to verify and train. */
import { augmentationNote } from '../../bundle/readme';
import type { ExportModel } from '../../bundle/types';
import { describeLayout, type ModelPlan } from '../plan';

export function readmeMd(model: ExportModel, plan: ModelPlan): string {
  const t = model.training;
  const weights = model.trained
    ? 'the weights trained (or imported) in NeuroCanvas'
    : `the starting weights of a model not yet trained (seed ${t.seed})`;
  const trainable = plan.inputs.length === 1 && plan.outputs.length === 1;
  return `# ${model.topology.json.config.name} — PyTorch

Exported from NeuroCanvas. Needs Python 3 with PyTorch (1.13 or later) and NumPy.

| file | what it is |
|---|---|
| \`model.py\` | \`NeuroCanvasModel\` (an \`nn.Module\` whose \`forward\` follows the graph) and \`build_model()\` |
| \`weights.npz\` | ${weights}, in PyTorch's layouts, named as in \`model.state_dict()\` |
| \`verify.py\` | checks the model against NeuroCanvas' own outputs in \`samples.npz\` |
| \`train.py\` | trains the model with NeuroCanvas' settings, on one machine or with \`torchrun\` |
| \`samples.npz\` | a few inputs and NeuroCanvas' outputs for them (channels-last) |

## Use

\`\`\`python
from model import build_model

model = build_model()  # eval mode, weights loaded
prediction = model(${plan.inputs.map((i) => i.name).join(', ')})
\`\`\`

## Layouts

\`forward\` takes and returns PyTorch's own layouts: NCHW images, NCL for sequences that go
into a 1-D convolution, \`[batch, time, features]\` for sequences that go into a recurrent layer.

${[...plan.inputs.map((i) => `- input \`${i.name}\`: ${describeLayout(i.shape, i.layout)}`), ...plan.outputs.map((o) => `- output \`${o.name}\`: ${describeLayout(o.shape, o.layout)}`)].join('\n')}

NeuroCanvas works channels-last (NHWC). An NHWC image batch \`x\` becomes NCHW with
\`x.permute(0, 3, 1, 2)\`; \`verify.py\` does this for every input and output.

## Verify

\`\`\`sh
python verify.py
\`\`\`

It prints the largest absolute difference per output and exits with status 1 above 1e-4.

## Train

${
  trainable
    ? `\`train.py\` reads \`data.npz\` (\`x_train\`, \`y_train\`, and optionally \`x_test\`, \`y_test\`) in
NeuroCanvas' layout, starts from \`weights.npz\` and uses the same loss, optimizer (${t.optimizer},
learning rate ${t.learningRate}, Keras' defaults such as ε = 1e-7), learning-rate schedule (${t.lrSchedule}),
batch size (${t.batchSize}) and epochs (${t.epochs}).

\`\`\`sh
python train.py                          # one machine (GPU when there is one)
python train.py --epochs 1 --limit 500   # a quick check
torchrun --nproc_per_node=4 train.py     # 4 processes with DistributedDataParallel
torchrun --nnodes=2 --nproc_per_node=4 --rdzv_backend=c10d --rdzv_endpoint=HOST:29500 train.py
\`\`\`

With Debian's PyTorch 1.13 on Python 3.11, \`torchrun\` fails while reading its own defaults
(\`'NoneType' object has no attribute 'get'\`); adding \`--redirects 1:2 --tee 1:2\` avoids that.

Under \`torchrun\` each process sees its share of every batch, so an update still averages
${t.batchSize} examples. Rank 0 prints progress and writes \`trained_weights.npz\`; load it with
\`build_model("trained_weights.npz")\`.

Differences from NeuroCanvas' own training: the validation examples are drawn by NumPy's random
generator (seed ${t.seed}), not NeuroCanvas'; PyTorch's RMSprop and Adagrad divide by √v + ε where
tfjs divides by √(v + ε); PyTorch's BatchNorm keeps the unbiased batch variance in its running
variance. These change the random draws and the smallest steps, not what the model learns.${augmentationNote(t) ? `\n\n${augmentationNote(t)}` : ''}`
    : 'Training needs one input and one output; this model has more, so `train.py` only says so.'
}
`;
}
