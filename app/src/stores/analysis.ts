/**
 * The analysis of the document (shapes, parameter counts, problems), derived, never stored. It is
 * computed once per graph object and dataset, and the core's analysis is itself incremental.
 */
import { analyzeGraph, type GraphAnalysis } from '../../../src/graph/analyze';
import type { Problem } from '../../../src/graph/problems';
import type { DatasetInfo } from '../../../src/layers/definition';
import { formatShape, type Shape } from '../../../src/layers/shape';
import { datasetInfo } from '../../../src/data/catalog';
import type { Graph } from '../../../src/graph/types';
import type { Project } from '../../../src/project';
import { useDocument } from './documentStore';

const byGraph = new WeakMap<Graph, { dataset: DatasetInfo | undefined; analysis: GraphAnalysis }>();
/** One object per dataset, so the core's per-node memo sees the same context each time. */
const contexts = new Map<string, DatasetInfo | undefined>();

function datasetContext(id: string | undefined): DatasetInfo | undefined {
  if (id === undefined) return undefined;
  if (!contexts.has(id)) {
    const info = datasetInfo(id);
    contexts.set(
      id,
      info && {
        name: info.name,
        ...(info.classNames ? { numClasses: info.classNames.length } : {}),
      },
    );
  }
  return contexts.get(id);
}

export function analysisOf(project: Project): GraphAnalysis {
  const dataset = datasetContext(project.dataset?.id);
  const cached = byGraph.get(project.graph);
  if (cached && cached.dataset === dataset) return cached.analysis;
  const analysis = analyzeGraph(project.graph, dataset ? { dataset } : {});
  byGraph.set(project.graph, { dataset, analysis });
  return analysis;
}

export function useAnalysis(): GraphAnalysis {
  return useDocument((s) => analysisOf(s.project));
}

/**
 * A node's parameter count. A number, so an edit that changes every shape downstream but no count
 * (the Input's shape, say) re-renders none of the layers on the canvas.
 */
export function useNodeParamCount(id: string): number {
  return useDocument((s) => {
    const facts = analysisOf(s.project).nodes.get(id);
    return facts ? facts.params.trainable + facts.params.nonTrainable : 0;
  });
}

const shapeTexts = new WeakMap<Shape, string>();

/** The shape a connection carries as text (`28×28×32`), or undefined while it is unknown. */
export function edgeShapeText(project: Project, id: string): string | undefined {
  const shape = analysisOf(project).edges.get(id);
  if (!shape) return undefined;
  let text = shapeTexts.get(shape);
  if (text === undefined) {
    text = formatShape(shape);
    shapeTexts.set(shape, text);
  }
  return text;
}

export function useEdgeShapeText(id: string): string | undefined {
  return useDocument((s) => edgeShapeText(s.project, id));
}

const byNode = new WeakMap<GraphAnalysis, Map<string, Problem[]>>();

/** The problems of each node, indexed once per analysis. */
export function problemsByNode(analysis: GraphAnalysis): ReadonlyMap<string, readonly Problem[]> {
  let index = byNode.get(analysis);
  if (!index) {
    index = new Map();
    for (const p of analysis.problems) {
      for (const id of p.nodeIds) {
        const list = index.get(id);
        if (list) list.push(p);
        else index.set(id, [p]);
      }
    }
    byNode.set(analysis, index);
  }
  return index;
}

/**
 * The messages of one node's problems of one severity, one per line. A string, so components
 * re-render only when the text changes, not on every edit elsewhere.
 */
export function useNodeProblemText(id: string, severity: Problem['severity']): string {
  return useDocument((s) =>
    (problemsByNode(analysisOf(s.project)).get(id) ?? [])
      .filter((p) => p.severity === severity)
      .map((p) => p.message)
      .join('\n'),
  );
}
