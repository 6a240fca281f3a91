/**
 * A task as the teacher's form holds it: text in fields, accuracies in percent. `taskFromDraft`
 * turns it into a task or names the first thing to fix.
 */
import type { Check, CheckKind, Comparison, Metric, Task } from '../../../src/packs/classroom';
import { phrase, type Phrase } from '../../../src/packs/phrase';

export interface ConditionDraft {
  kind: CheckKind;
  metric: Metric;
  op: Comparison;
  /** A percentage for accuracies, a plain number for losses. */
  value: string;
  datasetId: string;
  count: string;
  layerType: string;
}

export interface TaskDraft {
  title: string;
  conditions: ConditionDraft[];
}

export const isPercent = (metric: Metric): boolean => metric.endsWith('acc');

export function newCondition(datasetId: string): ConditionDraft {
  return {
    kind: 'metric',
    metric: 'val_acc',
    op: 'atLeast',
    value: '90',
    datasetId,
    count: '2',
    layerType: 'Dense',
  };
}

export function emptyDraft(datasetId: string): TaskDraft {
  return { title: '', conditions: [newCondition(datasetId)] };
}

export function draftOf(task: Task, datasetId: string): TaskDraft {
  return {
    title: task.title,
    conditions: task.checks.map((check) => {
      const draft = newCondition(datasetId);
      switch (check.kind) {
        case 'metric': {
          const value = isPercent(check.metric) ? check.value * 100 : check.value;
          // Undo the float noise of the percentage, e.g. 0.57 × 100 = 56.99999999999999.
          const shown = String(Number(value.toPrecision(12)));
          return { ...draft, kind: 'metric', metric: check.metric, op: check.op, value: shown };
        }
        case 'dataset':
          return { ...draft, kind: 'dataset', datasetId: check.id };
        case 'maxHiddenLayers':
        case 'maxParams':
          return { ...draft, kind: check.kind, count: String(check.max) };
        case 'hasLayer':
        case 'noLayer':
          return { ...draft, kind: check.kind, layerType: check.layerType };
      }
    }),
  };
}

export type DraftResult = { ok: true; task: Task } | { ok: false; problem: Phrase };

export function taskFromDraft(draft: TaskDraft, id: string): DraftResult {
  const title = draft.title.trim();
  if (!title) return { ok: false, problem: phrase('packs.teacher.needTitle') };
  if (draft.conditions.length === 0)
    return { ok: false, problem: phrase('packs.teacher.needCondition') };
  const checks: Check[] = [];
  for (const [i, c] of draft.conditions.entries()) {
    const index = i + 1;
    const number = (text: string) => (text.trim() === '' ? NaN : Number(text));
    switch (c.kind) {
      case 'metric': {
        const value = number(c.value);
        const percent = isPercent(c.metric);
        if (!Number.isFinite(value) || value < 0 || (percent && value > 100))
          return { ok: false, problem: phrase('packs.teacher.needNumber', { index }) };
        checks.push({
          kind: 'metric',
          metric: c.metric,
          op: c.op,
          value: percent ? value / 100 : value,
        });
        break;
      }
      case 'dataset':
        if (!c.datasetId.trim())
          return { ok: false, problem: phrase('packs.teacher.needText', { index }) };
        checks.push({ kind: 'dataset', id: c.datasetId.trim() });
        break;
      case 'maxHiddenLayers':
      case 'maxParams': {
        const max = number(c.count);
        if (!Number.isInteger(max) || max < 0)
          return { ok: false, problem: phrase('packs.teacher.needNumber', { index }) };
        checks.push({ kind: c.kind, max });
        break;
      }
      case 'hasLayer':
      case 'noLayer':
        checks.push({ kind: c.kind, layerType: c.layerType });
        break;
    }
  }
  return { ok: true, task: { id, title, checks } };
}
