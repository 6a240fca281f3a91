/**
 * Writes a project as the current file format: pretty JSON in a fixed order (so the same project
 * always gives the same text) with weights last, since they are by far the largest part.
 */
import type { GraphNode } from '../graph/types';
import type { ParamSchema } from '../layers/params';
import { getLayer } from '../layers/registry';
import { MAX_PROJECT_CHARS } from './limits';
import { CURRENT_SCHEMA_VERSION } from './version';
import { formatProblems, type Problem } from './paths';
import { prettyJson } from './prettyJson';
import { PROJECT_FORMAT, type DatasetRef, type Project } from './project';
import { TRAINING_PARAMS, type TrainingSettings } from './training';
import { validateDocument } from './validate';
import { encodeWeights } from './weightsCodec';
import { encodeEmbeddedData } from './embeddedData';
import { classroomForGraph } from '../packs/crossCheck';

/** Thrown when a project holds something its file could not be read back with. */
export class ProjectSaveError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(`This project cannot be saved as it is:\n${formatProblems(problems)}`);
    this.name = 'ProjectSaveError';
  }
}

/**
 * The file text of `project`. Throws `ProjectSaveError` rather than write a file that would not
 * open again, e.g. when training has left NaN in the weights.
 */
export function serializeProject(project: Project): string {
  const doc: Record<string, unknown> = {
    format: PROJECT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: project.name,
    notes: project.notes,
    dataset: project.dataset && datasetDocument(project.dataset),
    training: trainingDocument(project.training),
    graph: {
      nodes: project.graph.nodes.map(nodeDocument),
      edges: project.graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
    },
  };
  if (project.runs && project.runs.length > 0) doc.runs = project.runs;
  if (project.classroom) doc.classroom = classroomForGraph(project.classroom, project.graph);
  if (project.lesson !== undefined) doc.lesson = project.lesson;
  const checked = validateDocument(doc);
  const problems = checked.ok ? [] : [...checked.problems];
  if (project.weights) {
    const encoded = encodeWeights(
      project.weights,
      project.graph.nodes.map((n) => n.id),
    );
    problems.push(...encoded.problems);
    doc.weights = encoded.doc;
  }
  if (problems.length > 0) throw new ProjectSaveError(problems);
  const text = `${prettyJson(doc)}\n`;
  if (text.length > MAX_PROJECT_CHARS) {
    const mib = (text.length / 2 ** 20).toFixed(1);
    throw new ProjectSaveError([
      {
        path: [],
        message: `the file would be ${mib} MiB, more than the ${MAX_PROJECT_CHARS / 2 ** 20} MiB a project file can be`,
      },
    ]);
  }
  return text;
}

/**
 * Every parameter is written, defaults included, in the order the layer type declares them, so a
 * file keeps its meaning even if a later version changes a default. Undeclared ones come last,
 * sorted, for the check to report.
 */
function nodeDocument(node: GraphNode): Record<string, unknown> {
  const schema = (getLayer(node.type)?.params ?? {}) as ParamSchema;
  const params: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(schema)) {
    params[key] = Object.hasOwn(node.params, key) ? node.params[key] : spec.default;
  }
  for (const key of Object.keys(node.params).sort()) {
    if (!Object.hasOwn(schema, key)) params[key] = node.params[key];
  }
  return {
    id: node.id,
    type: node.type,
    name: node.name,
    position: { x: node.position.x, y: node.position.y },
    params,
  };
}

function datasetDocument(dataset: DatasetRef): Record<string, unknown> {
  const doc: Record<string, unknown> = { id: dataset.id };
  if (dataset.options) {
    const options: Record<string, unknown> = {};
    for (const key of Object.keys(dataset.options).sort()) options[key] = dataset.options[key];
    doc.options = options;
  }
  if (dataset.data) doc.data = encodeEmbeddedData(dataset.data);
  return doc;
}

function trainingDocument(training: TrainingSettings): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(TRAINING_PARAMS) as (keyof TrainingSettings)[])
    out[key] = training[key];
  return out;
}
