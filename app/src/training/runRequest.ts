/**
 * What a run is asked for: the start message built from the project, the metric its second chart
 * follows, and why a run cannot start (said before anything is sent).
 */
import { datasetInfo } from '../../../src/data/catalog';
import type { GraphAnalysis } from '../../../src/graph/analyze';
import type { Locale, Translate } from '../../../src/i18n';
import { problemMessage } from '../problems/problemText';
import { STREAMS_ON, PROTOCOL_VERSION, type HostMessageOf } from '../../../src/protocol';
import type { Project } from '../../../src/project';
import type { ChartMetric } from '../stores/trainingReducer';

/** The Output's metric names, as the trainer reports them (`acc`, `mae`, `mse`). */
const METRICS: Readonly<Record<string, ChartMetric>> = {
  accuracy: { key: 'acc', label: 'Accuracy' },
  mae: { key: 'mae', label: 'Mean absolute error' },
  mse: { key: 'mse', label: 'Mean squared error' },
  iou: { key: 'iou', label: 'IoU (mask overlap)' },
};

/** The first metric the Output asks for that the trainer reports for this dataset's task. */
export function chartMetric(project: Project): ChartMetric | null {
  const output = project.graph.nodes.find((n) => n.type === 'Output');
  const names = output && Array.isArray(output.params.metrics) ? output.params.metrics : [];
  const task = project.dataset
    ? (datasetInfo(project.dataset.id)?.task ?? project.dataset.data?.task)
    : undefined;
  for (const name of names) {
    // Accuracy counts right classes; a regression has none, so the trainer leaves it out.
    if (name === 'accuracy' && task === 'regression') continue;
    const metric = METRICS[String(name)];
    if (metric) return metric;
  }
  return null;
}

/** Whether the dataset has two input features, so the decision boundary can be drawn. */
export function hasTwoFeatures(datasetId: string | undefined): boolean {
  const shape = datasetId ? datasetInfo(datasetId)?.inputShape : undefined;
  return shape !== undefined && shape.length === 1 && shape[0] === 2;
}

/** Why training cannot start with this project, naming the first problem; null when it can. */
export function startRefusal(
  project: Project,
  analysis: GraphAnalysis,
  t: Translate,
  locale: Locale,
): string | null {
  if (project.graph.nodes.length === 0) return t('training.refusal.empty');
  const errors = analysis.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    const problem = problemMessage(locale, errors[0]!);
    return errors.length === 1
      ? t('training.refusal.problem', { problem })
      : t('training.refusal.problems', { problem, more: errors.length - 1 });
  }
  if (!project.dataset) return t('training.refusal.noDataset');
  return null;
}

/**
 * The message that starts run `runId` of `project`, from its trained weights when it has any,
 * showing the activations of training example `probeIndex`.
 */
export function startMessage(
  runId: string,
  project: Project,
  probeIndex = 0,
): HostMessageOf<'start'> {
  const dataset = project.dataset;
  if (!dataset) throw new Error('A run needs a dataset.');
  const classification = (datasetInfo(dataset.id)?.task ?? dataset.data?.task) === 'classification';
  return {
    v: PROTOCOL_VERSION,
    type: 'start',
    runId,
    graph: project.graph,
    ...(project.weights ? { weights: project.weights } : {}),
    dataset,
    training: project.training,
    backend: 'auto',
    streams: {
      ...STREAMS_ON,
      confusion: classification,
      predictions: classification,
      boundary: hasTwoFeatures(dataset.id),
      probeIndex,
    },
  };
}
