/**
 * Every export target, and what each cannot express for a given model. A target whose exporter is
 * not part of this build is listed with the reason, so the dialog and the command line can say so
 * instead of failing later.
 */
import { kerasExporter } from '../keras/target';
import { onnxExporter } from '../onnx';
import { pytorchExporter } from '../pytorch';
import { tfjsExporter } from '../tfjs/target';
import { TARGET_LABELS } from './labels';
import {
  EXPORT_TARGETS,
  type ExportModel,
  type ExportTarget,
  type TargetExporter,
  type UnsupportedLayer,
} from './types';
import { unsupportedWhy, whyText, type UnsupportedWhy } from './why';
export { TARGET_LABELS };

const EXPORTERS: Readonly<Partial<Record<ExportTarget, TargetExporter>>> = {
  tfjs: tfjsExporter,
  keras: kerasExporter,
  pytorch: pytorchExporter,
  onnx: onnxExporter,
};

export function exporterFor(target: ExportTarget): TargetExporter | undefined {
  return EXPORTERS[target];
}

export type TargetStatus =
  | { target: ExportTarget; available: true; unsupported: UnsupportedLayer[] }
  | ({ target: ExportTarget; available: false; reason: string } & UnsupportedWhy);

/** For each target in `EXPORT_TARGETS` order: whether it exists here and which layers it cannot express. */
export function unsupportedByTarget(model: ExportModel): TargetStatus[] {
  return EXPORT_TARGETS.map((target): TargetStatus => {
    const exporter = EXPORTERS[target];
    if (!exporter) {
      const why = unsupportedWhy('not-in-version', { target: TARGET_LABELS[target] });
      return { target, available: false, reason: whyText(why), ...why };
    }
    return { target, available: true, unsupported: exporter.unsupported(model) };
  });
}
