/**
 * The PyTorch target: model.py (an nn.Module whose forward follows the graph), weights.npz in
 * PyTorch's layouts named as the module's state dict, verify.py, train.py and a README.
 */
import { writeNpz } from '../../numpy/npz';
import type { NpyArray } from '../../numpy/types';
import type { ExportFile, ExportModel, TargetExporter, UnsupportedLayer } from '../bundle/types';
import { unsupportedLayer, unsupportedWhy } from '../bundle/why';
import { planModel } from './plan';
import { modelPy } from './python/modelPy';
import { readmeMd } from './python/readme';
import { trainPy } from './python/trainPy';
import { verifyPy } from './python/verifyPy';
import { PYTORCH_LAYERS } from './table';

function unsupported(model: ExportModel): UnsupportedLayer[] {
  return model.topology.json.config.layers.flatMap((layer) => {
    const entry = PYTORCH_LAYERS[layer.class_name];
    if (entry && !('unsupported' in entry)) return [];
    const why =
      entry && 'unsupported' in entry
        ? entry.unsupported
        : unsupportedWhy('pytorch-unknown-class', { className: layer.class_name });
    return [unsupportedLayer(layer.name, layer.class_name, why)];
  });
}

function write(model: ExportModel): ExportFile[] {
  const plan = planModel(model);
  const arrays = new Map<string, NpyArray>();
  for (const [name, t] of plan.weights)
    arrays.set(name, { dtype: 'float32', shape: t.shape, data: t.values });
  return [
    { path: 'model.py', data: modelPy(model, plan) },
    { path: 'weights.npz', data: writeNpz(arrays) },
    { path: 'verify.py', data: verifyPy(plan) },
    { path: 'train.py', data: trainPy(model, plan) },
    { path: 'README.md', data: readmeMd(model, plan) },
  ];
}

export const pytorchExporter: TargetExporter = { target: 'pytorch', unsupported, write };
