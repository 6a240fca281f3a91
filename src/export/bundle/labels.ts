/** What each export target is called where people read it: the dialog, the command line, errors. */
import type { ExportTarget } from './types';

export const TARGET_LABELS: Readonly<Record<ExportTarget, string>> = {
  tfjs: 'TensorFlow.js',
  keras: 'Keras (Python)',
  pytorch: 'PyTorch (Python)',
  onnx: 'ONNX',
};
