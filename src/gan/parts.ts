/**
 * A GAN on one canvas: two separate sub-graphs, each with its own Input and Output. The generator
 * turns noise into samples; the discriminator takes a sample and ends in one unit, the probability
 * that the sample is real. Which sub-graph is which follows from their shapes, so nodes need no
 * extra tag in the project file and every exporter reads each part as an ordinary model:
 *
 * - the discriminator ends in shape [1] and takes samples of the dataset's shape;
 * - the generator ends in the shape the discriminator takes.
 *
 * `ganParts` finds the two parts and says, in plain words, what does not fit.
 */
import type { GraphAnalysis } from '../graph/analyze';
import type { Graph, GraphNode } from '../graph/types';
import type { Shape } from '../layers/shape';
import type { LocalText } from '../layers/text/localText';

export type GanRole = 'generator' | 'discriminator';

export interface GanPart {
  role: GanRole;
  /** The part alone, as an ordinary model graph (node and edge ids kept). */
  graph: Graph;
  inputNode: GraphNode;
  outputNode: GraphNode;
  inputShape: Shape;
  outputShape: Shape;
}

export interface GanParts {
  generator: GanPart;
  discriminator: GanPart;
  /** The size of the generator's noise vector. */
  noiseSize: number;
}

/** Why a two-part graph is not a GAN that can train; `code` keys the translated message. */
export interface GanProblem {
  code: 'gan-no-discriminator' | 'gan-mismatch' | 'gan-noise-shape' | 'gan-data-shape';
  /** In English, for files, logs and the command line. */
  message: string;
  /** The same in any language. */
  text: LocalText;
  nodeIds: readonly string[];
}

export type GanSplit =
  { kind: 'single' } | { kind: 'gan'; parts: GanParts } | { kind: 'problem'; problem: GanProblem };

const showShape = (shape: readonly number[]) => `[${shape.join(', ')}]`;
const sameShape = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((d, i) => d === b[i]);

/** The weakly connected components of the graph, as node lists in graph order. */
export function components(graph: Graph): GraphNode[][] {
  const parent = new Map(graph.nodes.map((n) => [n.id, n.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const e of graph.edges)
    if (parent.has(e.source) && parent.has(e.target)) parent.set(find(e.source), find(e.target));
  const groups = new Map<string, GraphNode[]>();
  for (const n of graph.nodes) {
    const root = find(n.id);
    const list = groups.get(root) ?? [];
    list.push(n);
    groups.set(root, list);
  }
  return [...groups.values()];
}

interface Candidate {
  nodes: GraphNode[];
  input: GraphNode;
  output: GraphNode;
  inputShape: Shape;
  outputShape: Shape;
}

/**
 * Whether the graph holds a generator and a discriminator. A graph of one sub-graph is an ordinary
 * model (`single`); so is any graph whose sub-graphs are not exactly two with one Input and one
 * Output each and all shapes known (its own problems are reported by the graph analysis).
 * `dataShape`, when known, is the shape of one real example.
 */
export function ganParts(
  graph: Graph,
  analysis: GraphAnalysis,
  dataShape?: readonly number[],
): GanSplit {
  const groups = components(graph);
  if (groups.length !== 2) return { kind: 'single' };
  const candidates: Candidate[] = [];
  for (const nodes of groups) {
    const inputs = nodes.filter((n) => n.type === 'Input');
    const outputs = nodes.filter((n) => n.type === 'Output');
    if (inputs.length !== 1 || outputs.length !== 1) return { kind: 'single' };
    const inputShape = analysis.nodes.get(inputs[0]!.id)?.outputShape;
    const outputShape = analysis.nodes.get(outputs[0]!.id)?.outputShape;
    if (!inputShape || !outputShape) return { kind: 'single' };
    candidates.push({ nodes, input: inputs[0]!, output: outputs[0]!, inputShape, outputShape });
  }
  const judges = candidates.filter((c) => sameShape(c.outputShape, [1]));
  // With one-number samples both parts end in [1]; the judge is then the one taking the data.
  const judge =
    judges.length === 1
      ? judges[0]
      : judges.find((c) => dataShape !== undefined && sameShape(c.inputShape, dataShape));
  if (!judge) {
    const both = candidates.map((c) => c.output.name);
    return {
      kind: 'problem',
      problem: {
        code: 'gan-no-discriminator',
        message: `The canvas holds two separate models ('${both[0]}' and '${both[1]}'), but neither ends in a single unit, so neither can be the discriminator of a GAN. End the discriminator in Dense(1) with sigmoid, or join the two models into one.`,
        text: { key: 'gan.problem.noDiscriminator', values: { first: both[0]!, second: both[1]! } },
        nodeIds: candidates.map((c) => c.output.id),
      },
    };
  }
  const maker = candidates.find((c) => c !== judge)!;
  const problem = fitProblem(maker, judge, dataShape);
  if (problem) return { kind: 'problem', problem };
  return {
    kind: 'gan',
    parts: {
      generator: part('generator', maker, graph),
      discriminator: part('discriminator', judge, graph),
      noiseSize: maker.inputShape[0]!,
    },
  };
}

function fitProblem(
  maker: Candidate,
  judge: Candidate,
  dataShape: readonly number[] | undefined,
): GanProblem | null {
  if (maker.inputShape.length !== 1)
    return {
      code: 'gan-noise-shape',
      message: `The generator's input '${maker.input.name}' has shape ${showShape(maker.inputShape)}, but a generator starts from a noise vector: give it one number, the noise size, such as [16].`,
      text: {
        key: 'gan.problem.noiseShape',
        values: { input: maker.input.name, shape: showShape(maker.inputShape) },
      },
      nodeIds: [maker.input.id],
    };
  if (!sameShape(maker.outputShape, judge.inputShape))
    return {
      code: 'gan-mismatch',
      message: `The generator makes samples of shape ${showShape(maker.outputShape)}, but the discriminator '${judge.input.name}' takes shape ${showShape(judge.inputShape)}. They must be the same: change the generator's last layer or the discriminator's Input.`,
      text: {
        key: 'gan.problem.mismatch',
        values: {
          made: showShape(maker.outputShape),
          input: judge.input.name,
          taken: showShape(judge.inputShape),
        },
      },
      nodeIds: [maker.output.id, judge.input.id],
    };
  if (dataShape && !sameShape(judge.inputShape, dataShape))
    return {
      code: 'gan-data-shape',
      message: `The dataset's examples have shape ${showShape(dataShape)}, but the discriminator '${judge.input.name}' takes shape ${showShape(judge.inputShape)}. Both the generator's samples and the real examples must have the dataset's shape.`,
      text: {
        key: 'gan.problem.dataShape',
        values: {
          data: showShape(dataShape),
          input: judge.input.name,
          taken: showShape(judge.inputShape),
        },
      },
      nodeIds: [judge.input.id],
    };
  return null;
}

function part(role: GanRole, c: Candidate, graph: Graph): GanPart {
  const ids = new Set(c.nodes.map((n) => n.id));
  return {
    role,
    graph: {
      nodes: c.nodes,
      edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    },
    inputNode: c.input,
    outputNode: c.output,
    inputShape: c.inputShape,
    outputShape: c.outputShape,
  };
}

/** Each node's part, for labels on the canvas and in the GAN panel. */
export function ganRoles(parts: GanParts): ReadonlyMap<string, GanRole> {
  const roles = new Map<string, GanRole>();
  for (const p of [parts.generator, parts.discriminator])
    for (const n of p.graph.nodes) roles.set(n.id, p.role);
  return roles;
}

const shapeOfGraph = new WeakMap<Graph, boolean>();

/**
 * Whether the graph is laid out as a GAN: exactly two separate sub-graphs, each with one Input
 * and one Output. Such a model trains adversarially and ignores the dataset's labels, so its
 * Outputs are not checked against the dataset's classes. Cached per graph object.
 */
export function isGanGraph(graph: Graph): boolean {
  let known = shapeOfGraph.get(graph);
  if (known === undefined) {
    const groups = components(graph);
    known =
      groups.length === 2 &&
      groups.every(
        (g) =>
          g.filter((n) => n.type === 'Input').length === 1 &&
          g.filter((n) => n.type === 'Output').length === 1,
      );
    shapeOfGraph.set(graph, known);
  }
  return known;
}

/** The analysis with the GAN's own problem added, if it has one (shown like any other). */
export function withGanProblems(
  graph: Graph,
  analysis: GraphAnalysis,
  dataShape?: readonly number[],
): GraphAnalysis {
  if (!isGanGraph(graph)) return analysis;
  const split = ganParts(graph, analysis, dataShape);
  if (split.kind !== 'problem') return analysis;
  const { code, message, text, nodeIds } = split.problem;
  return {
    ...analysis,
    problems: [...analysis.problems, { severity: 'error', code, message, text, nodeIds }],
  };
}
