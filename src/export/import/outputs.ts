/**
 * The Output node after each model output, which carries the loss. A loss the file's training
 * settings name is used when NeuroCanvas offers it; otherwise the loss is guessed from the last
 * activation: softmax → categorical cross-entropy, a single sigmoid unit → binary cross-entropy,
 * anything else → mean squared error.
 */
import type { GraphAnalysis } from '../../graph/analyze';
import type { GraphEdge, GraphNode } from '../../graph/types';
import { defaultParams } from '../../layers/defaults';
import type { ParamSpec } from '../../layers/params';
import { getLayer } from '../../layers/registry';
import { product } from '../../layers/shape';
import { isObject, type JsonObject } from './json';
import type { NodeNames } from './names';

export interface OutputContext {
  /** The layer nodes, and the positions of the model outputs among them. */
  layerNodes: readonly GraphNode[];
  outputs: readonly number[];
  /** The file's Keras layer names, by position, for losses keyed by output name. */
  kerasNames: readonly string[];
  analysis: GraphAnalysis;
  trainingConfig: JsonObject | null;
  names: NodeNames;
  firstEdgeNumber: number;
  warnings: string[];
}

export function buildOutputNodes(ctx: OutputContext): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const def = getLayer('Output');
  if (!def) {
    ctx.warnings.push('This version of NeuroCanvas has no Output layer, so none was added.');
    return { nodes: [], edges: [] };
  }
  const lossSpec = (def.params as Record<string, ParamSpec | undefined>).loss;
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  ctx.outputs.forEach((position, k) => {
    const source = ctx.layerNodes[position]!;
    const params = defaultParams(def);
    if (lossSpec?.kind === 'select') {
      const configured = configuredLoss(ctx.trainingConfig, k, ctx.kerasNames[position]!);
      const offered = configured === null ? null : offeredLoss(lossSpec.options, configured);
      if (configured !== null && offered === null) {
        ctx.warnings.push(
          `The loss '${configured}' of output '${source.name}' is not one NeuroCanvas offers; its loss was guessed from the last activation instead.`,
        );
      }
      const loss = offered ?? offeredLoss(lossSpec.options, guessLoss(source, ctx.analysis));
      if (loss !== null) params.loss = loss;
    }
    const id = `n${ctx.layerNodes.length + k + 1}`;
    nodes.push({
      id,
      type: def.type,
      name: ctx.names.claim(ctx.outputs.length === 1 ? 'output' : `output_${k + 1}`, true),
      position: { x: 0, y: 0 },
      params,
    });
    edges.push({ id: `e${ctx.firstEdgeNumber + k}`, source: source.id, target: id });
  });
  return { nodes, edges };
}

/** The loss a Keras or tfjs training config names for output `k` (named `name`), as text. */
function configuredLoss(config: JsonObject | null, k: number, name: string): string | null {
  let loss = config?.loss;
  if (Array.isArray(loss)) loss = loss[k];
  else if (isObject(loss) && !('class_name' in loss)) {
    loss = Object.hasOwn(loss, name) ? loss[name] : null;
  }
  // Keras 3 serialises a loss object as { class_name: 'CategoricalCrossentropy', config }.
  if (isObject(loss)) loss = loss.class_name;
  return typeof loss === 'string' && loss.length <= 100 ? loss : null;
}

function guessLoss(node: GraphNode, analysis: GraphAnalysis): string {
  const activation = node.params.activation;
  if (activation === 'softmax') return 'categorical_crossentropy';
  const shape = analysis.nodes.get(node.id)?.outputShape;
  if (activation === 'sigmoid' && shape && product(shape) === 1) return 'binary_crossentropy';
  return 'mean_squared_error';
}

/** Short names Keras accepts for losses, by their long form. */
const ALIASES: Record<string, string> = {
  mse: 'meansquarederror',
  mae: 'meanabsoluteerror',
  mape: 'meanabsolutepercentageerror',
  msle: 'meansquaredlogarithmicerror',
};

/**
 * The option value matching a loss however it is written: `categorical_crossentropy`,
 * `categoricalCrossentropy`, `CategoricalCrossentropy` or `mse`.
 */
function offeredLoss(options: readonly { value: string }[], loss: string): string | null {
  const key = (s: string) => {
    const k = s.toLowerCase().replace(/_/g, '');
    return Object.hasOwn(ALIASES, k) ? ALIASES[k]! : k;
  };
  return options.find((o) => key(o.value) === key(loss))?.value ?? null;
}
