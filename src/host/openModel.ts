/**
 * Opens either kind of model file the command line and the app accept: a NeuroCanvas project,
 * or a Keras / TensorFlow.js model.json (with its weight files).
 */
import { basename, extname } from 'node:path';
import type { Graph } from '../graph/types';
import type { NodeWeights } from '../project/weights';
import { importModelFile } from './importFiles';
import { loadProjectFile } from './projectFiles';

export interface OpenedModel {
  kind: 'project' | 'model.json';
  name: string;
  graph: Graph;
  weights?: NodeWeights;
  warnings: readonly string[];
}

export type OpenResult = { ok: true; model: OpenedModel } | { ok: false; error: string };

export async function openModelFile(path: string): Promise<OpenResult> {
  if (extname(path).toLowerCase() === '.ncproj') {
    const loaded = await loadProjectFile(path);
    if (!loaded.ok) return loaded;
    const { project } = loaded;
    return {
      ok: true,
      model: {
        kind: 'project',
        name: project.name,
        graph: project.graph,
        ...(project.weights ? { weights: project.weights } : {}),
        warnings: [],
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
      warnings: imported.warnings,
    },
  };
}
