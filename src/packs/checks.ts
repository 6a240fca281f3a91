/**
 * Whether a task's checks pass: a pure function of the model and its last finished run. Scores come
 * from the run; the structure (hidden layers, parameters, layer types) from the model as it was
 * when the run ended, so a student cannot pass with one model and keep another. Every failure says
 * what was found and what the task asks for.
 */
import type { GraphAnalysis } from '../graph/analyze';
import type { Graph } from '../graph/types';
import type { MessageKey } from '../i18n';
import type { RunRecord } from '../project/runs';
import type { Check, Metric, Task } from './classroom';
import { hiddenLayerCount } from './hiddenLayers';
import { phrase, type Phrase } from './phrase';

export interface TaskSubject {
  graph: Graph;
  /** The analysis of `graph`, for its parameter count and problems. */
  analysis: GraphAnalysis;
  /** The last finished run, or null before the first. */
  run: RunRecord | null;
}

export type CheckOutcome = { passed: true } | { passed: false; reason: Phrase };

export interface TaskOutcome {
  passed: boolean;
  /** One per failed check, in the task's order. */
  reasons: Phrase[];
}

const METRIC_NAMES: Readonly<Record<Metric, MessageKey>> = {
  val_acc: 'packs.metric.val_acc',
  val_loss: 'packs.metric.val_loss',
  test_acc: 'packs.metric.test_acc',
  test_loss: 'packs.metric.test_loss',
  acc: 'packs.metric.acc',
  loss: 'packs.metric.loss',
};

/** A metric's name in the user's language, e.g. "validation accuracy". */
export const metricName = (metric: Metric): Phrase => phrase(METRIC_NAMES[metric]);

/** Accuracies read as percentages, losses as plain numbers. */
export function scorePhrase(metric: Metric, value: number): Phrase {
  return metric.endsWith('acc')
    ? phrase('packs.value.percent', { value })
    : phrase('packs.value.number', { value });
}

/** A run's score: a number, null when it was not one (NaN), undefined when the run has none. */
export function runScore(run: RunRecord, metric: Metric): number | null | undefined {
  if (metric === 'test_acc' || metric === 'test_loss') {
    const key = metric === 'test_acc' ? 'acc' : 'loss';
    return run.test && Object.hasOwn(run.test, key) ? run.test[key] : undefined;
  }
  const last = run.epochs[run.epochs.length - 1];
  return last && Object.hasOwn(last.values, metric) ? last.values[metric] : undefined;
}

export function evaluateCheck(check: Check, subject: TaskSubject): CheckOutcome {
  const fail = (key: MessageKey, values?: Phrase['values']): CheckOutcome => ({
    passed: false,
    reason: phrase(key, values),
  });
  const { run, graph, analysis } = subject;
  if (!run) return fail('packs.reason.noRun');
  switch (check.kind) {
    case 'metric': {
      const metric = metricName(check.metric);
      const value = runScore(run, check.metric);
      if (value === undefined)
        return check.metric.startsWith('val_')
          ? fail('packs.reason.noValidation', { metric })
          : check.metric.startsWith('test_')
            ? fail('packs.reason.noTest', { metric })
            : fail('packs.reason.noScore', { metric });
      if (value === null) return fail('packs.reason.notANumber', { metric });
      const target = scorePhrase(check.metric, check.value);
      const actual = scorePhrase(check.metric, value);
      if (check.op === 'atLeast' && value < check.value)
        return fail('packs.reason.tooLow', { metric, actual, target });
      if (check.op === 'atMost' && value > check.value)
        return fail('packs.reason.tooHigh', { metric, actual, target });
      return { passed: true };
    }
    case 'dataset':
      return run.datasetId === check.id
        ? { passed: true }
        : fail('packs.reason.dataset', { actual: run.datasetId, expected: check.id });
    case 'maxHiddenLayers': {
      const count = hiddenLayerCount(graph);
      return count <= check.max
        ? { passed: true }
        : fail('packs.reason.hiddenLayers', { count, max: check.max });
    }
    case 'maxParams': {
      if (analysis.problems.some((p) => p.severity === 'error'))
        return fail('packs.reason.modelProblems');
      const count = analysis.totals.total;
      return count <= check.max
        ? { passed: true }
        : fail('packs.reason.params', { count, max: check.max });
    }
    case 'hasLayer':
      return graph.nodes.some((n) => n.type === check.layerType)
        ? { passed: true }
        : fail('packs.reason.missingLayer', { type: check.layerType });
    case 'noLayer':
      return graph.nodes.some((n) => n.type === check.layerType)
        ? fail('packs.reason.forbiddenLayer', { type: check.layerType })
        : { passed: true };
  }
}

export function evaluateTask(task: Task, subject: TaskSubject): TaskOutcome {
  const reasons: Phrase[] = [];
  for (const check of task.checks) {
    const outcome = evaluateCheck(check, subject);
    if (!outcome.passed) reasons.push(outcome.reason);
  }
  // Before the first run every check says the same thing; say it once.
  const unique = reasons.filter((r, i) => r.key !== 'packs.reason.noRun' || i === 0);
  return { passed: reasons.length === 0, reasons: unique };
}

/** What a check asks for, e.g. "validation accuracy ≥ 90%", for the task lists. */
export function describeCheck(check: Check): Phrase {
  switch (check.kind) {
    case 'metric':
      return phrase(check.op === 'atLeast' ? 'packs.check.atLeast' : 'packs.check.atMost', {
        metric: metricName(check.metric),
        value: scorePhrase(check.metric, check.value),
      });
    case 'dataset':
      return phrase('packs.check.dataset', { id: check.id });
    case 'maxHiddenLayers':
      return phrase('packs.check.maxHiddenLayers', { max: check.max });
    case 'maxParams':
      return phrase('packs.check.maxParams', { max: check.max });
    case 'hasLayer':
      return phrase('packs.check.hasLayer', { type: check.layerType });
    case 'noLayer':
      return phrase('packs.check.noLayer', { type: check.layerType });
  }
}
