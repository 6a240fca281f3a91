/** The bundle's model.py: the nn.Module, the weight loader and `build_model()`. */
import type { ExportModel } from '../../bundle/types';
import { describeLayout, type ModelPlan } from '../plan';
import { helperSource } from './helpers';
import { wrapLine } from './wrap';

const indent = (lines: readonly string[], by: string) =>
  lines.flatMap((l) => (l ? wrapLine(l, by) : [l]));

function docstring(model: ExportModel, plan: ModelPlan): string[] {
  const name = model.topology.json.config.name;
  return [
    `"""The NeuroCanvas model "${name}" in PyTorch.`,
    '',
    "forward() takes and returns tensors in PyTorch's own layouts:",
    ...plan.inputs.map((i) => `    input "${i.layerName}": ${describeLayout(i.shape, i.layout)}`),
    ...plan.outputs.map((o) => `    output "${o.layerName}": ${describeLayout(o.shape, o.layout)}`),
    '',
    'NeuroCanvas itself is channels-last (NHWC images, [batch, time, features] sequences);',
    'verify.py shows the conversion. build_model() returns the model in eval mode with the',
    'weights of weights.npz loaded.',
    '"""',
  ];
}

function moduleClass(plan: ModelPlan): string[] {
  const init = plan.modules.flatMap((m) => [`self.${m.attr} = ${m.code}`, ...(m.after ?? [])]);
  const args = ['self', ...plan.inputs.map((i) => i.name)].join(', ');
  const results = plan.outputs.map((o) => o.name);
  const returned = results.length === 1 ? results[0]! : results.join(', ');
  const penalty =
    plan.penalties.length > 0 ? plan.penalties.join('\n            + ') : 'torch.zeros(())';
  return [
    'class NeuroCanvasModel(nn.Module):',
    '    """The layers of the model, named as in NeuroCanvas."""',
    '',
    '    def __init__(self):',
    '        super().__init__()',
    ...indent(init, '        '),
    '',
    `    def forward(${args}):`,
    ...indent(plan.forward, '        '),
    `        return ${returned}`,
    '',
    '    def regularization_loss(self):',
    '        """The L1/L2 weight penalties of the model\'s layers, added to the loss in training."""',
    `        return ${penalty}`,
  ];
}

const LOADER = `
def load_weights(model, path=WEIGHTS_PATH):
    """Copies every array of the .npz file into the parameter or buffer of the same name."""
    state = model.state_dict()
    with np.load(path) as arrays:
        unknown = [name for name in arrays.files if name not in state]
        if unknown:
            raise ValueError(f"{path} holds weights the model does not have: {unknown}")
        missing = [name for name in state
                   if name not in arrays.files and not name.endswith("num_batches_tracked")]
        if missing:
            raise ValueError(f"{path} lacks weights the model needs: {missing}")
        with torch.no_grad():
            for name in arrays.files:
                value = torch.from_numpy(arrays[name])
                if value.shape != state[name].shape:
                    raise ValueError(f"{name} in {path} has shape {tuple(value.shape)}, "
                                     f"but the model needs {tuple(state[name].shape)}")
                state[name].copy_(value)
    return model


def build_model(weights_path=WEIGHTS_PATH):
    """The model with the bundle's weights (or those at weights_path), in eval mode."""
    model = NeuroCanvasModel()
    load_weights(model, weights_path)
    return model.eval()
`;

export function modelPy(model: ExportModel, plan: ModelPlan): string {
  const code = [...helperSource(plan.helpers), moduleClass(plan).join('\n'), LOADER.trim()];
  // Only what the code uses: a model of Linear layers needs no torch.nn.functional.
  const usesF = code.some((c) => /\bF\./.test(c));
  const imports = [
    ...(plan.helpers.has('functools') ? ['import functools'] : []),
    'import os',
    '',
    'import numpy as np',
    'import torch',
    ...(usesF ? ['import torch.nn.functional as F'] : []),
    'from torch import nn',
  ];
  const head = [
    ...docstring(model, plan),
    '',
    ...imports,
    '',
    'HERE = os.path.dirname(os.path.abspath(__file__))',
    'WEIGHTS_PATH = os.path.join(HERE, "weights.npz")',
  ];
  return [head.join('\n'), ...code].join('\n\n\n') + '\n';
}
