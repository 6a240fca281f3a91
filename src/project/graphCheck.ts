/**
 * Checks on the graph that need more than one value at a time: layer types against the registry,
 * parameters against their type's schema (missing ones take their defaults), unique node ids and
 * names, and edges that lead from and to nodes that exist.
 */
import type { Graph, GraphEdge, GraphNode } from '../graph/types';
import type { MessageKey } from '../i18n';
import { checkNodeParams, expectedText, quoteText } from '../layers/paramCheck';
import type { ParamSchema, ParamValue } from '../layers/params';
import { getLayer } from '../layers/registry';
import { englishText, localText } from '../layers/text/localText';
import { expectedGotText } from './fields';
import { isForbiddenKey } from './jsonSafety';
import type { JsonPath, Problem } from './paths';
import type { ProjectDocument } from './schema';

type GraphDocument = ProjectDocument['graph'];

export function checkGraph(doc: GraphDocument): { graph: Graph; problems: Problem[] } {
  const problems: Problem[] = [];
  const nodeIds = new Unique('id', 'graph.nodes', problems);
  const nodeNames = new Unique('name', 'graph.nodes', problems);
  const nodes: GraphNode[] = doc.nodes.map((node, i) => {
    const at = ['graph', 'nodes', i];
    nodeIds.claim(node.id, i, [...at, 'id']);
    if (isForbiddenKey(node.id)) {
      problems.push(worded([...at, 'id'], 'projects.field.badNodeId', { id: quoteText(node.id) }));
    }
    nodeNames.claim(node.name, i, [...at, 'name']);
    const params = checkParams(node.type, node.params, at, problems);
    const position = { x: node.position.x, y: node.position.y };
    return { id: node.id, type: node.type, name: node.name, position, params };
  });

  const edgeIds = new Unique('id', 'graph.edges', problems);
  const edges: GraphEdge[] = doc.edges.map((edge, i) => {
    const at = ['graph', 'edges', i];
    edgeIds.claim(edge.id, i, [...at, 'id']);
    for (const end of ['source', 'target'] as const) {
      if (!nodeIds.has(edge[end])) {
        problems.push(
          worded([...at, end], 'projects.field.noSuchNode', { id: quoteText(edge[end]) }),
        );
      }
    }
    return { id: edge.id, source: edge.source, target: edge.target };
  });
  return { graph: { nodes, edges }, problems };
}

/** Values that must not repeat within a list, e.g. node ids; a repeat names the first holder. */
class Unique {
  private readonly first = new Map<string, number>();
  constructor(
    private readonly what: string,
    private readonly list: string,
    private readonly problems: Problem[],
  ) {}

  claim(value: string, index: number, path: JsonPath): void {
    const earlier = this.first.get(value);
    if (earlier === undefined) {
      this.first.set(value, index);
      return;
    }
    this.problems.push(
      worded(path, 'projects.field.repeated', {
        value: quoteText(value),
        what: this.what,
        list: `${this.list}[${earlier}]`,
      }),
    );
  }

  has(value: string): boolean {
    return this.first.has(value);
  }
}

/** The node's parameters in schema order, defaults filled in; problems are added to `problems`. */
function checkParams(
  type: string,
  given: Readonly<Record<string, unknown>>,
  at: (string | number)[],
  problems: Problem[],
): Record<string, ParamValue> {
  const def = getLayer(type);
  if (!def) {
    problems.push(
      worded([...at, 'type'], 'projects.field.unknownLayer', { type: quoteText(type) }),
    );
    return { ...given } as Record<string, ParamValue>;
  }
  const schema = def.params as ParamSchema;
  const params: Record<string, ParamValue> = {};
  for (const [key, spec] of Object.entries(schema)) {
    const value = Object.hasOwn(given, key) ? given[key] : spec.default;
    // Copy defaults that are lists so the node never shares an array with the schema.
    params[key] = (Array.isArray(value) ? [...(value as unknown[])] : value) as ParamValue;
  }
  for (const key of Object.keys(given))
    if (!Object.hasOwn(schema, key)) params[key] = given[key] as ParamValue;
  for (const problem of checkNodeParams(def, params)) {
    const spec = Object.hasOwn(schema, problem.param) ? schema[problem.param] : undefined;
    const text = spec ? expectedGotText(expectedText(spec), params[problem.param]) : problem.text;
    problems.push({ path: [...at, 'params', problem.param], message: englishText(text), text });
  }
  return params;
}

/** A problem worded from the catalog: in English, and in any language by its text. */
function worded(path: JsonPath, key: MessageKey, values: Record<string, string>): Problem {
  const text = localText(key, values);
  return { path, message: englishText(text), text };
}
