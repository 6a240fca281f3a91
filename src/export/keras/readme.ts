/** README.md of a Keras bundle. */
import {
  augmentationNote,
  inputsOutputsSection,
  samplesSection,
  weightsSentence,
} from '../bundle/readme';
import type { ExportModel } from '../bundle/types';
import { WEIGHTS_NPZ } from './modelPy';
import { TRAIN_PY } from './trainPy';
import { VERIFY_PY } from './verifyPy';

export function kerasReadme(model: ExportModel, options: { trainScript: boolean }): string {
  const dataNote =
    model.datasetId === 'mnist'
      ? '`train.py` loads MNIST through `keras.datasets`.'
      : model.datasetId
        ? '`data.npz` holds the dataset the project trains on (`x_train`, `y_train`, `x_test`, `y_test`), which `train.py` reads.'
        : '`train.py` reads your data from `data.npz` (`x_train`, `y_train`, `x_test`, `y_test`, channels-last, classes one-hot).';
  return (
    [
      `# ${model.name ?? 'NeuroCanvas model'} — Keras`,
      '',
      `The model as Python code for Keras 3, exported from NeuroCanvas. ${weightsSentence(model)}`,
      '',
      '## Files',
      '',
      '- `model.py`: `build_model()` returns the `keras.Model` with the weights loaded;',
      '  `create_model()` returns it with fresh weights.',
      `- \`${WEIGHTS_NPZ}\`: every weight as \`<layer>/<weight>\`, in Keras' own layout.`,
      ...(options.trainScript
        ? [`- \`${TRAIN_PY}\`: trains the model with the project's settings. ${dataNote}`]
        : [
            '- No `train.py`: the model has more than one input or output, and NeuroCanvas datasets',
            '  feed one input and one target.',
          ]),
      `- \`${VERIFY_PY}\`, \`samples.npz\`: a check of the export (below).`,
      '',
      '## Use',
      '',
      'Keras 3 is needed: `pip install keras tensorflow` (or another Keras backend such as JAX).',
      '',
      '```python',
      'from model import build_model',
      '',
      'model = build_model()',
      'y = model.predict(x)',
      '```',
      '',
      inputsOutputsSection(model),
      '',
      samplesSection(model),
      '',
      '## Checking the export',
      '',
      '```sh',
      `python ${VERIFY_PY}`,
      '```',
      '',
      'It prints the largest difference between Keras’ outputs and NeuroCanvas’ for the samples.',
      ...(options.trainScript
        ? [
            '',
            '## Training',
            '',
            '```sh',
            `python ${TRAIN_PY}                 # from fresh weights, with the project's settings`,
            `python ${TRAIN_PY} --from-weights  # on from the exported weights`,
            `python ${TRAIN_PY} --epochs 1 --limit 512`,
            '```',
            '',
            'It trains on one machine. To train on many, use the PyTorch export, whose `train.py`',
            'runs under `torchrun` as it is.',
            ...(augmentationNote(model.training) ? ['', augmentationNote(model.training)] : []),
          ]
        : []),
    ].join('\n') + '\n'
  );
}
