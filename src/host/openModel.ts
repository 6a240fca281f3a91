/**
 * Opens either kind of model file the command line and the app accept: a NeuroCanvas project,
 * or a Keras / TensorFlow.js model.json (with its weight files).
 */
import { basename, extname } from 'node:path';
import type { AnalysisContext } from '../graph/analyze';
import type { Graph } from '../graph/types';
import { datasetInfo } from '../data';
import type { NodeWeights } from '../project/weights';
import { importModelFile } from './importFiles';
import { loadProjectFile } from './projectFiles';

export interface OpenedModel {
  kind: 'project' | 'model.json';
  name: string;
  graph: Graph;
  weights?: NodeWeights;
  /** What analysis should check against: the project's dataset, when it names one. */
  context: AnalysisContext;
  warnings: readonly string[];
}

export type OpenResult = { ok: true; model: OpenedModel } | { ok: false; error: string };

export async function openModelFile(path: string): Promise<OpenResult> {
  if (extname(path).toLowerCase() === '.ncproj') {
    const loaded = await loadProjectFile(path);
    if (!loaded.ok) return loaded;
    const { project } = loaded;
    const warnings: string[] = [];
    const context: AnalysisContext = {};
    if (project.dataset) {
      const info = datasetInfo(project.dataset.id);
      if (info) {
        context.dataset = {
          name: info.name,
          ...(info.classNames ? { numClasses: info.classNames.length } : {}),
        };
      } else {
        warnings.push(
          `The project's dataset '${project.dataset.id}' is not one NeuroCanvas knows, so outputs are not checked against it.`,
        );
      }
    }
    return {
      ok: true,
      model: {
        kind: 'project',
        name: project.name,
        graph: project.graph,
        ...(project.weights ? { weights: project.weights } : {}),
        context,
        warnings,
      },
    };
  }
  const imported = await importModelFile(path);
  if (!imported.ok) return imported;
  return {
    ok: true,
    model: {
      kind: 'model.json',
      name: basename(path, extname(path)),
      graph: imported.graph,
      ...(imported.weights ? { weights: imported.weights } : {}),
      context: {},
      warnings: imported.warnings,
    },
  };
}
