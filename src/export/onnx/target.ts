/**
 * The ONNX target: `model.onnx` (the inference graph with its weights), a README and two verify
 * scripts. The bundle layer adds `samples.npz`, which both scripts read.
 */
import type { ExportFile, TargetExporter } from '../bundle/types';
import { encodeOnnxModel } from './onnxProto';
import { onnxReadme } from './readme';
import { onnxUnsupported, toOnnxModel } from './toOnnx';
import { VERIFY_MJS, verifyMjs } from './verifyMjs';
import { VERIFY_PY, verifyPy } from './verifyPy';

export const ONNX_FILE = 'model.onnx';

export const onnxExporter: TargetExporter = {
  target: 'onnx',
  unsupported: onnxUnsupported,
  write(model): ExportFile[] {
    return [
      { path: ONNX_FILE, data: encodeOnnxModel(toOnnxModel(model)) },
      { path: 'README.md', data: onnxReadme(model) },
      { path: VERIFY_PY, data: verifyPy() },
      { path: VERIFY_MJS, data: verifyMjs() },
    ];
  },
};
