/**
 * The `classroom` section of a project file, checked with zod. A pack comes from someone else, so
 * every list is bounded and counted before zod walks it; what needs the graph (locked layers that
 * exist, parameters their type has, layer types the registry knows) is checked in `crossCheck.ts`.
 */
import * as z from 'zod';
import { expectedGot, finiteNumber, text } from '../project/fields';
import { asObject, firstOverLimit, type CountLimit } from '../project/countLimits';
import { MAX_NAME_LENGTH, MAX_NODES, MAX_PARAMS } from '../project/limits';
import type { JsonPath, Problem } from '../project/paths';
import { COMPARISONS, METRICS, type Classroom } from './classroom';

/** Far beyond a lesson's needs: a worksheet of a hundred tasks, each with twenty conditions. */
export const MAX_TASKS = 100;
export const MAX_CHECKS_PER_TASK = 20;
export const MAX_TASK_TITLE_LENGTH = 500;
/** Layer and parameter counts beyond this are refused: no real model comes close. */
export const MAX_CHECK_COUNT = 1e12;

const name = text(1, MAX_NAME_LENGTH);

const wholeNumber = z.custom<number>(
  (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_CHECK_COUNT,
  { error: (issue) => expectedGot('a whole number of at least 0', issue.input) },
);

const check = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('metric'),
      metric: z.enum(METRICS),
      op: z.enum(COMPARISONS),
      value: finiteNumber,
    }),
    z.strictObject({ kind: z.literal('dataset'), id: name }),
    z.strictObject({ kind: z.literal('maxHiddenLayers'), max: wholeNumber }),
    z.strictObject({ kind: z.literal('maxParams'), max: wholeNumber }),
    z.strictObject({ kind: z.literal('hasLayer'), layerType: name }),
    z.strictObject({ kind: z.literal('noLayer'), layerType: name }),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `expected a check whose "kind" is one of metric, dataset, maxHiddenLayers, maxParams, hasLayer, noLayer`
        : undefined,
  },
);

const task = z.strictObject({
  id: name,
  title: text(1, MAX_TASK_TITLE_LENGTH),
  checks: z
    .array(check)
    .min(1, { error: 'a task needs at least one check' })
    .max(MAX_CHECKS_PER_TASK),
});

export const classroomDocument = z.strictObject({
  locks: z
    .strictObject({
      layers: z.array(name).max(MAX_NODES).default([]),
      params: z.record(name, z.array(name).max(MAX_PARAMS)).default({}),
      training: z.boolean().default(false),
      dataset: z.boolean().default(false),
    })
    .default({ layers: [], params: {}, training: false, dataset: false }),
  tasks: z.array(task).max(MAX_TASKS).default([]),
}) satisfies z.ZodType<Classroom, unknown>;

/**
 * Lists too long to hold, found before the schema walks their items, so that a hostile pack with
 * millions of tasks is refused at once, with one problem. `at` is the section's path in the file.
 */
export function classroomCountProblem(section: unknown, at: JsonPath): Problem | null {
  const doc = asObject(section);
  if (!doc) return null;
  const locks = asObject(doc.locks);
  const limits: CountLimit[] = [
    { path: [...at, 'tasks'], value: doc.tasks, max: MAX_TASKS, noun: 'tasks' },
    { path: [...at, 'locks', 'layers'], value: locks?.layers, max: MAX_NODES, noun: 'layers' },
    { path: [...at, 'locks', 'params'], value: locks?.params, max: MAX_NODES, noun: 'layers' },
  ];
  const tasks = Array.isArray(doc.tasks) ? (doc.tasks as unknown[]) : [];
  const params = asObject(locks?.params);
  if (params && Object.keys(params).length <= MAX_NODES)
    for (const [id, list] of Object.entries(params))
      limits.push({
        path: [...at, 'locks', 'params', id],
        value: list,
        max: MAX_PARAMS,
        noun: 'parameters',
      });
  if (tasks.length <= MAX_TASKS)
    tasks.forEach((t, i) =>
      limits.push({
        path: [...at, 'tasks', i, 'checks'],
        value: asObject(t)?.checks,
        max: MAX_CHECKS_PER_TASK,
        noun: 'checks',
      }),
    );
  return firstOverLimit(limits, 'a classroom pack');
}
