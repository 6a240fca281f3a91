/**
 * The Keras target: readable Keras 3 code (`model.py`, functional API), the weights as `.npz`, a
 * training script and a check. Every class the compiler emits has a translation in `KERAS_TABLE`;
 * a setting without one makes that layer unsupported, reported before anything is written.
 */
import type { ExportFile, TargetExporter, UnsupportedLayer } from '../bundle/types';
import { unsupportedLayer } from '../bundle/why';
import { kerasReadme } from './readme';
import { layerCall } from './layerCall';
import { modelPy, WEIGHTS_NPZ } from './modelPy';
import { TRAIN_PY, trainPy } from './trainPy';
import { VERIFY_PY, verifyPy } from './verifyPy';
import { weightsNpz } from './weightsNpz';

export const kerasExporter: TargetExporter = {
  target: 'keras',
  unsupported(model) {
    const out: UnsupportedLayer[] = [];
    for (const layer of model.topology.json.config.layers) {
      if (layer.class_name === 'InputLayer') continue;
      const call = layerCall(layer);
      if (!call.ok) out.push(unsupportedLayer(layer.name, layer.class_name, call.why));
    }
    return out;
  },
  write(model): ExportFile[] {
    const trainScript = model.topology.inputs.length === 1 && model.topology.outputs.length === 1;
    return [
      { path: 'model.py', data: modelPy(model) },
      { path: WEIGHTS_NPZ, data: weightsNpz(model) },
      ...(trainScript ? [{ path: TRAIN_PY, data: trainPy(model) }] : []),
      { path: VERIFY_PY, data: verifyPy() },
      { path: 'README.md', data: kerasReadme(model, { trainScript }) },
    ];
  },
};
