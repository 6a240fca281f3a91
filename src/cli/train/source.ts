/**
 * What `neurocanvas train` trains: the model, its starting weights, and the settings and dataset to
 * use. A project brings its own training settings and dataset; a model.json brings neither, so the
 * defaults apply and the dataset must be named with --dataset. Options override either.
 */
import { extname } from 'node:path';
import { DATASET_IDS, datasetInfo, infoWithTarget, resolveOptions } from '../../data';
import { isImportedRef } from '../../data/import/refs';
import { analyzeGraph } from '../../graph/analyze';
import type { Graph } from '../../graph/types';
import { loadProjectFile } from '../../host/projectFiles';
import type { DatasetRef } from '../../project/project';
import { defaultTraining, type TrainingSettings } from '../../project/training';
import type { NodeWeights } from '../../project/weights';
import { openOrFail } from '../commands/open';
import { CliError, usageError } from '../usage';
import type { TrainFlags } from './flags';

export interface TrainSource {
  name: string;
  graph: Graph;
  weights?: NodeWeights;
  dataset: DatasetRef;
  training: TrainingSettings;
  warnings: string[];
}

export async function openTrainSource(path: string, flags: TrainFlags): Promise<TrainSource> {
  let name: string;
  let graph: Graph;
  let weights: NodeWeights | undefined;
  let dataset: DatasetRef | null = null;
  let training = defaultTraining();
  const warnings: string[] = [];
  if (extname(path).toLowerCase() === '.ncproj') {
    const loaded = await loadProjectFile(path);
    if (!loaded.ok) throw new CliError(loaded.error);
    ({ name, graph, weights, dataset, training } = loaded.project);
  } else {
    const model = await openOrFail(path);
    ({ name, graph, weights } = model);
    warnings.push(...model.warnings);
  }

  const ids = DATASET_IDS.join(', ');
  if (flags.dataset !== undefined) {
    if (!datasetInfo(flags.dataset))
      throw usageError(
        `--dataset: there is no dataset '${flags.dataset}'. The datasets are ${ids}.`,
      );
    // Another dataset's options (a different count, say) may not apply; start from its defaults.
    if (dataset?.id !== flags.dataset) dataset = { id: flags.dataset };
  } else if (dataset === null) {
    throw usageError(`${path} names no dataset to train on; pass --dataset ID, one of ${ids}.`);
  } else if (isImportedRef(dataset)) {
    // An imported dataset is checked when it is loaded, against its own shapes.
    return checkedSource(
      path,
      { name, graph, weights, dataset, training, flags, warnings },
      {
        name: dataset.data?.name ?? dataset.id,
        ...(dataset.data?.classNames ? { numClasses: dataset.data.classNames.length } : {}),
      },
    );
  } else if (!datasetInfo(dataset.id)) {
    throw new CliError(
      `The project's dataset '${dataset.id}' is not one NeuroCanvas knows; pass --dataset ID, one of ${ids}.`,
    );
  }

  // Every option filled in, so the run record says exactly what was trained on.
  const catalogued = datasetInfo(dataset.id)!;
  try {
    dataset = { id: dataset.id, options: resolveOptions(catalogued, dataset.options ?? {}) };
  } catch (e) {
    throw new CliError(e instanceof Error ? e.message : String(e));
  }
  // With the input as its target, a dataset of classes has none to check the output against.
  const info = infoWithTarget(catalogued, dataset.options);

  return checkedSource(
    path,
    { name, graph, weights, dataset, training, flags, warnings },
    {
      name: info.name,
      ...(info.classNames ? { numClasses: info.classNames.length } : {}),
    },
  );
}

function checkedSource(
  path: string,
  source: {
    name: string;
    graph: Graph;
    weights: NodeWeights | undefined;
    dataset: DatasetRef;
    training: TrainingSettings;
    flags: TrainFlags;
    warnings: string[];
  },
  datasetFacts: { name: string; numClasses?: number },
): TrainSource {
  const { name, graph, weights, dataset, training, flags, warnings } = source;
  // Check the design against the dataset here, where a problem can name its layer and its fix.
  const { problems } = analyzeGraph(graph, { dataset: datasetFacts });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    const more =
      errors.length > 1
        ? ` (and ${errors.length - 1} more; run 'neurocanvas validate ${path}')`
        : '';
    throw new CliError(`The model cannot be trained: ${errors[0]!.message}${more}`);
  }

  return {
    name,
    graph,
    ...(weights ? { weights } : {}),
    dataset,
    training: { ...training, ...flags.training },
    warnings,
  };
}
