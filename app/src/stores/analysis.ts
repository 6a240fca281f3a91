/**
 * The analysis of the document (shapes, parameter counts, problems), derived, never stored. It is
 * computed once per graph object and dataset, and the core's analysis is itself incremental.
 */
import { analyzeGraph, type GraphAnalysis } from '../../../src/graph/analyze';
import type { Problem } from '../../../src/graph/problems';
import type { DatasetInfo } from '../../../src/layers/definition';
import { formatShape, type Shape } from '../../../src/layers/shape';
import { datasetInfo } from '../../../src/data/catalog';
import { infoWithTarget } from '../../../src/data/target';
import { isGanGraph, withGanProblems } from '../../../src/gan/parts';
import type { Graph } from '../../../src/graph/types';
import type { Project } from '../../../src/project';
import { useLocale } from '../i18n/localeStore';
import { problemMessage } from '../problems/problemText';
import { useDocument } from './documentStore';

const byGraph = new WeakMap<Graph, { dataset: DatasetInfo | undefined; analysis: GraphAnalysis }>();
/** One object per dataset, so the core's per-node memo sees the same context each time. */
const contexts = new Map<string, DatasetInfo | undefined>();

function datasetContext(ref: Project['dataset']): DatasetInfo | undefined {
  if (!ref) return undefined;
  // A dataset's options can change what the model is checked against (the MNIST sample with its
  // picture as the target has no classes), so the options are part of the key.
  const key = JSON.stringify([ref.id, ref.options?.target ?? null]);
  if (!contexts.has(key)) {
    const found = datasetInfo(ref.id);
    const info = found && infoWithTarget(found, ref.options);
    contexts.set(
      key,
      info && {
        name: info.name,
        ...(info.classNames ? { numClasses: info.classNames.length } : {}),
      },
    );
  }
  return contexts.get(key);
}

export function analysisOf(project: Project): GraphAnalysis {
  // A GAN ignores the dataset's labels, so its Outputs are not checked against its classes; its
  // own problem (a generator whose samples the discriminator cannot take) is added instead.
  const gan = isGanGraph(project.graph);
  const dataset = gan ? undefined : datasetContext(project.dataset);
  const cached = byGraph.get(project.graph);
  if (cached && cached.dataset === dataset) return cached.analysis;
  const plain = analyzeGraph(project.graph, dataset ? { dataset } : {});
  const dataShape = project.dataset ? datasetInfo(project.dataset.id)?.inputShape : undefined;
  const analysis = gan ? withGanProblems(project.graph, plain, dataShape) : plain;
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
  const locale = useLocale((s) => s.locale);
  return useDocument((s) =>
    (problemsByNode(analysisOf(s.project)).get(id) ?? [])
      .filter((p) => p.severity === severity)
      .map((p) => problemMessage(locale, p))
      .join('\n'),
  );
}
