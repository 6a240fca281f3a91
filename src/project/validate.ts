/**
 * Checks a current-version project document (plain JSON values) and builds the in-memory project.
 * The loader runs it on every file it reads; the writer runs it on what it is about to write, so a
 * saved file always opens again.
 */
import { crossCheckClassroom } from '../packs/crossCheck';
import { classroomCountProblem } from '../packs/schema';
import { decodeEmbeddedData, type EmbeddedDataDocument } from './embeddedData';
import { asObject, firstOverLimit, type CountLimit } from './countLimits';
import { checkGraph } from './graphCheck';
import { findUnsafeJson } from './jsonSafety';
import { MAX_DATASET_OPTIONS, MAX_EDGES, MAX_NODES, MAX_PARAMS } from './limits';
import { MAX_RUN_EPOCHS, MAX_RUN_SCORES, MAX_RUNS } from './runs';
import type { JsonObject } from './migrations';
import type { Problem } from './paths';
import type { DatasetRef, Project } from './project';
import { projectDocument } from './schema';
import { problemsFromZod, projectErrorMap } from './zodProblems';
import { decodeWeights } from './weightsCodec';

export type ValidateResult = { ok: true; project: Project } | { ok: false; problems: Problem[] };

export function validateDocument(doc: JsonObject): ValidateResult {
  const unsafe = findUnsafeJson(doc);
  if (unsafe) return { ok: false, problems: [unsafe] };
  const tooMany = checkCounts(doc) ?? classroomCountProblem(doc.classroom, ['classroom']);
  if (tooMany) return { ok: false, problems: [tooMany] };

  const parsed = projectDocument.safeParse(doc, { error: projectErrorMap, reportInput: true });
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error.issues) };
  const file = parsed.data;

  const { graph, problems } = checkGraph(file.graph);
  const project: Project = {
    name: file.name,
    graph,
    dataset: file.dataset && datasetRef(file.dataset, problems),
    training: file.training,
    notes: file.notes,
  };
  if (file.runs && file.runs.length > 0) project.runs = file.runs;
  if (file.lesson !== undefined) project.lesson = file.lesson;
  if (file.classroom) {
    problems.push(...crossCheckClassroom(file.classroom, graph, ['classroom']));
    project.classroom = file.classroom;
  }
  if (file.weights) {
    // Decoding is the slow part; skip it when the graph is already wrong.
    if (problems.length > 0) return { ok: false, problems };
    const decoded = decodeWeights(file.weights, new Set(graph.nodes.map((n) => n.id)));
    problems.push(...decoded.problems);
    project.weights = decoded.weights;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, project };
}

function datasetRef(
  dataset: {
    id: string;
    options?: Record<string, number | string | boolean> | undefined;
    data?: EmbeddedDataDocument | undefined;
  },
  problems: Problem[],
): DatasetRef {
  const ref: DatasetRef =
    dataset.options === undefined
      ? { id: dataset.id }
      : { id: dataset.id, options: dataset.options };
  if (dataset.data) {
    const decoded = decodeEmbeddedData(dataset.data, ['dataset', 'data']);
    problems.push(...decoded.problems);
    if (decoded.data) ref.data = decoded.data;
  }
  return ref;
}

/**
 * Counts checked before the schema walks every item, so that a file with millions of nodes, or a
 * node with millions of parameters, is refused at once and yields one problem, not millions.
 */
function checkCounts(doc: JsonObject): Problem | null {
  const graph = asObject(doc.graph);
  const nodes = Array.isArray(graph?.nodes) ? (graph.nodes as unknown[]) : [];
  const limits: CountLimit[] = [
    { path: ['graph', 'nodes'], value: graph?.nodes, max: MAX_NODES, noun: 'nodes' },
    { path: ['graph', 'edges'], value: graph?.edges, max: MAX_EDGES, noun: 'edges' },
    {
      path: ['weights', 'nodes'],
      value: asObject(doc.weights)?.nodes,
      max: MAX_NODES,
      noun: 'nodes with weights',
    },
    {
      path: ['dataset', 'options'],
      value: asObject(doc.dataset)?.options,
      max: MAX_DATASET_OPTIONS,
      noun: 'options',
    },
  ];
  const runs = Array.isArray(doc.runs) ? (doc.runs as unknown[]) : [];
  limits.push({ path: ['runs'], value: doc.runs, max: MAX_RUNS, noun: 'runs' });
  if (runs.length <= MAX_RUNS) {
    runs.forEach((run, i) => {
      const epochs = asObject(run)?.epochs;
      limits.push({
        path: ['runs', i, 'epochs'],
        value: epochs,
        max: MAX_RUN_EPOCHS,
        noun: 'epochs',
      });
      limits.push({
        path: ['runs', i, 'test'],
        value: asObject(run)?.test,
        max: MAX_RUN_SCORES,
        noun: 'scores',
      });
      if (Array.isArray(epochs) && epochs.length <= MAX_RUN_EPOCHS)
        epochs.forEach((epoch: unknown, j) =>
          limits.push({
            path: ['runs', i, 'epochs', j, 'values'],
            value: asObject(epoch)?.values,
            max: MAX_RUN_SCORES,
            noun: 'scores',
          }),
        );
    });
  }
  if (nodes.length <= MAX_NODES) {
    nodes.forEach((node, i) => {
      const params = asObject(node)?.params;
      limits.push({
        path: ['graph', 'nodes', i, 'params'],
        value: params,
        max: MAX_PARAMS,
        noun: 'parameters',
      });
    });
  }
  return firstOverLimit(limits, 'a project');
}
