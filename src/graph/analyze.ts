/**
 * Shape inference and validation over the whole graph. It runs on every edit, so it does one pass
 * in topological order and nothing more: each node's output shape, parameter count and FLOPs,
 * the totals, and every problem with plain words and, where possible, a fix.
 */
import type { DatasetInfo, ParamCount } from '../layers/definition';
import { layerError, type LayerIssue } from '../layers/issue';
import { checkNodeParams } from '../layers/paramCheck';
import { getLayer } from '../layers/registry';
import { formatShape, product, shapesEqual, type Shape } from '../layers/shape';
import { englishText, localText, type LocalText } from '../layers/text/localText';
import { fixFromHint } from './fixes';
import type { Problem } from './problems';
import { cachedTopology } from './topology';
import type { Graph, GraphNode } from './types';

export interface NodeAnalysis {
  inputShapes: readonly Shape[];
  /** Null when the node has a problem, or sits downstream of one. */
  outputShape: Shape | null;
  params: ParamCount;
  flops: number;
}

export interface GraphTotals {
  trainable: number;
  nonTrainable: number;
  total: number;
  flops: number;
}

export interface GraphAnalysis {
  nodes: ReadonlyMap<string, NodeAnalysis>;
  /** Edge id → the shape of the tensor it carries. */
  edges: ReadonlyMap<string, Shape | null>;
  totals: GraphTotals;
  problems: readonly Problem[];
  /** Node ids in topological order (nodes on a cycle are missing). */
  order: readonly string[];
}

export interface AnalysisContext {
  dataset?: DatasetInfo;
}

/** Beyond these, building the model would exhaust memory; say so instead of trying. */
export const MAX_TOTAL_PARAMS = 1_000_000_000;
export const MAX_TENSOR_VALUES = 2 ** 31 - 1;

const NO_PARAMS: ParamCount = { trainable: 0, nonTrainable: 0 };

export function analyzeGraph(graph: Graph, context: AnalysisContext = {}): GraphAnalysis {
  const topo = cachedTopology(graph);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodes = new Map<string, NodeAnalysis>();
  const problems: Problem[] = [];
  const report = (node: GraphNode, issue: LayerIssue, incoming = topo.incoming.get(node.id)!) => {
    const fix = issue.fix ? fixFromHint(graph, node, incoming, issue.fix) : undefined;
    problems.push({
      ...graphProblem(
        issue.severity,
        issue.code,
        [node.id],
        localText('problems.atLayer', { name: node.name, message: issue.text }),
      ),
      ...(issue.param ? { param: issue.param } : {}),
      ...(fix ? { fix } : {}),
    });
  };

  for (const e of topo.dangling) {
    problems.push(
      graphProblem(
        'error',
        'dangling-edge',
        [e.source, e.target].filter((id) => byId.has(id)),
        localText('problems.danglingEdge', { id: byId.has(e.source) ? e.target : e.source }),
      ),
    );
  }
  for (const cycle of topo.cycles) {
    const names = cycle.map((id) => byId.get(id)!.name);
    const path = [...names, names[0]].join(' → ');
    problems.push(graphProblem('error', 'cycle', cycle, localText('problems.cycle', { path })));
  }

  let trainable = 0;
  let nonTrainable = 0;
  let flops = 0;
  for (const id of topo.order) {
    const node = byId.get(id)!;
    const incoming = topo.incoming.get(id)!;
    const inputShapes: Shape[] = [];
    let upstreamBroken = false;
    for (const e of incoming) {
      const shape = nodes.get(e.source)?.outputShape ?? null;
      if (shape === null) upstreamBroken = true;
      else inputShapes.push(shape);
    }
    const { result, issues } = analyzeNodeMemo(
      node,
      inputShapes,
      incoming.length,
      upstreamBroken,
      context,
    );
    for (const issue of issues) report(node, issue, incoming);
    nodes.set(id, result);
    trainable += result.params.trainable;
    nonTrainable += result.params.nonTrainable;
    flops += result.flops;
  }
  // Nodes on or behind a cycle get no shape.
  for (const n of graph.nodes) {
    if (!nodes.has(n.id))
      nodes.set(n.id, { inputShapes: [], outputShape: null, params: NO_PARAMS, flops: 0 });
  }

  problems.push(...graphProblems(graph, topo.outgoing));
  const total = trainable + nonTrainable;
  if (total > MAX_TOTAL_PARAMS) {
    problems.push(
      graphProblem(
        'error',
        'too-large',
        [],
        localText('problems.tooLarge', {
          total: { number: total },
          gigabytes: ((total * 4) / 1e9).toFixed(1),
          limit: { number: MAX_TOTAL_PARAMS },
        }),
      ),
    );
  }

  const edges = new Map<string, Shape | null>();
  for (const e of graph.edges) edges.set(e.id, nodes.get(e.source)?.outputShape ?? null);
  return {
    nodes,
    edges,
    totals: { trainable, nonTrainable, total, flops },
    problems,
    order: topo.order,
  };
}

interface NodeMemo {
  inputShapes: readonly Shape[];
  edgeCount: number;
  upstreamBroken: boolean;
  dataset: DatasetInfo | undefined;
  result: NodeAnalysis;
  issues: readonly LayerIssue[];
}

/**
 * Edits replace the nodes they touch and keep every other node object as it was, so a node whose
 * object and input shapes are unchanged has the same analysis as last time. Keeping equal shapes
 * as the same arrays lets that hold all the way downstream; an edit then costs little more than
 * the walk over the graph.
 */
const memo = new WeakMap<GraphNode, NodeMemo>();

function analyzeNodeMemo(
  node: GraphNode,
  inputShapes: Shape[],
  edgeCount: number,
  upstreamBroken: boolean,
  context: AnalysisContext,
): { result: NodeAnalysis; issues: readonly LayerIssue[] } {
  const dataset = context.dataset;
  const last = memo.get(node);
  if (
    last &&
    last.edgeCount === edgeCount &&
    last.upstreamBroken === upstreamBroken &&
    last.dataset === dataset &&
    last.inputShapes.length === inputShapes.length &&
    last.inputShapes.every((s, i) => s === inputShapes[i])
  ) {
    return last;
  }
  const issues: LayerIssue[] = [];
  let result = analyzeNode(node, inputShapes, edgeCount, upstreamBroken, context, (issue) =>
    issues.push(issue),
  );
  const previous = last?.result.outputShape;
  if (previous && result.outputShape && shapesEqual(previous, result.outputShape)) {
    result = { ...result, outputShape: previous };
  }
  memo.set(node, { inputShapes, edgeCount, upstreamBroken, dataset, result, issues });
  return { result, issues };
}

function analyzeNode(
  node: GraphNode,
  inputShapes: Shape[],
  edgeCount: number,
  upstreamBroken: boolean,
  context: AnalysisContext,
  report: (issue: LayerIssue) => void,
): NodeAnalysis {
  const none: NodeAnalysis = { inputShapes, outputShape: null, params: NO_PARAMS, flops: 0 };
  const def = getLayer(node.type);
  if (!def) {
    report(layerError('unknown-type', localText('problems.unknownType', { type: node.type })));
    return none;
  }
  const paramProblems = checkNodeParams(def, node.params);
  for (const p of paramProblems) report(layerError('bad-param', p.text, { param: p.param }));
  if (edgeCount < def.inputs.min) {
    report(
      layerError(
        'unconnected-input',
        localText('problems.unconnectedInput', {
          layer: def.label,
          min: def.inputs.min,
          count: edgeCount,
        }),
      ),
    );
    return none;
  }
  if (edgeCount > def.inputs.max) {
    report(
      layerError(
        'too-many-inputs',
        localText('problems.tooManyInputs', {
          layer: def.label,
          max: def.inputs.max,
          count: edgeCount,
        }),
      ),
    );
    return none;
  }
  if (upstreamBroken || paramProblems.length > 0) return none;

  const paramIssues = def.checkParams?.(node.params) ?? [];
  paramIssues.forEach(report);
  if (paramIssues.some((i) => i.severity === 'error')) return none;

  const result = def.inferShape(inputShapes, node.params);
  if (!result.ok) {
    report(result.issue);
    return none;
  }
  const outputShape = result.shape;
  if (product(outputShape) > MAX_TENSOR_VALUES) {
    report(
      layerError(
        'tensor-too-large',
        localText('problems.tensorTooLarge', {
          shape: formatShape(outputShape),
          values: { number: product(outputShape) },
        }),
      ),
    );
    return none;
  }
  if (context.dataset) {
    const issue = def.checkDataset?.(inputShapes, node.params, context.dataset);
    if (issue) report(issue);
  }
  return {
    inputShapes,
    outputShape,
    params: def.paramCount(inputShapes, node.params, outputShape),
    flops: def.flops(inputShapes, node.params, outputShape),
  };
}

/** Problems of the graph as a whole: no input, no output, layers whose result goes nowhere. */
function graphProblems(graph: Graph, outgoing: ReadonlyMap<string, readonly unknown[]>): Problem[] {
  const problems: Problem[] = [];
  const categories = graph.nodes.map((n) => getLayer(n.type)?.category);
  if (graph.nodes.length > 0 && !categories.includes('Input')) {
    problems.push(graphProblem('error', 'no-input', [], localText('problems.noInput')));
  }
  if (graph.nodes.length > 0 && !categories.includes('Output')) {
    problems.push(graphProblem('error', 'no-output', [], localText('problems.noOutput')));
  }
  graph.nodes.forEach((n, i) => {
    const category = categories[i];
    if (category && category !== 'Output' && outgoing.get(n.id)?.length === 0) {
      const text = localText('problems.unusedOutput', { name: n.name });
      problems.push(graphProblem('warning', 'unused-output', [n.id], text));
    }
  });
  return problems;
}

/** A problem whose English message is rendered from its text. */
function graphProblem(
  severity: Problem['severity'],
  code: string,
  nodeIds: readonly string[],
  text: LocalText,
): Problem {
  return { severity, code, nodeIds, message: englishText(text), text };
}
