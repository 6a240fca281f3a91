/**
 * Collects the nodes and initializers of an ONNX graph, with unique readable tensor names.
 * Every tensor of a layer is named after it ('conv_1/Conv', 'conv_1/kernel'), so a viewer such as
 * Netron shows where each part came from.
 */
import type { OnnxAttribute, OnnxNode, OnnxTensor } from './onnxProto';

/** Attribute values by name; the type follows from the value (whole numbers are ints). */
export type Attributes = Readonly<
  Record<string, number | string | readonly number[] | readonly string[] | FloatAttr>
>;

/** Marks a number or list that must be written as float(s) even when it is whole (alpha: 1). */
export interface FloatAttr {
  floats: number | readonly number[];
}

export const asFloat = (value: number | readonly number[]): FloatAttr => ({ floats: value });

function toAttribute(name: string, value: Attributes[string]): OnnxAttribute {
  if (typeof value === 'string') return { name, type: 'string', value };
  if (typeof value === 'number') return { name, type: 'int', value };
  if ('floats' in value) {
    const f = value.floats;
    return typeof f === 'number'
      ? { name, type: 'float', value: f }
      : { name, type: 'floats', value: f };
  }
  if (value.length > 0 && value.every((v): v is string => typeof v === 'string')) {
    return { name, type: 'strings', value };
  }
  return { name, type: 'ints', value: value as readonly number[] };
}

export class OnnxGraphBuilder {
  readonly nodes: OnnxNode[] = [];
  readonly initializers: OnnxTensor[] = [];
  private readonly taken = new Set<string>();

  /** Reserves a name, such as a graph input's, so nothing else takes it. */
  reserve(name: string): string {
    if (this.taken.has(name)) throw new Error(`The tensor name '${name}' is used twice.`);
    this.taken.add(name);
    return name;
  }

  /** `base`, or `base_2`, `base_3`… if taken. */
  fresh(base: string): string {
    let name = base;
    for (let i = 2; this.taken.has(name); i++) name = `${base}_${i}`;
    this.taken.add(name);
    return name;
  }

  /** Adds a node with one output, named `<scope>/<opType>`, and returns that output's name. */
  op(
    scope: string,
    opType: string,
    inputs: readonly string[],
    attributes: Attributes = {},
  ): string {
    return this.opN(scope, opType, inputs, 1, attributes)[0]!;
  }

  /** Adds a node with `outputs` outputs; an empty input name leaves an optional input out. */
  opN(
    scope: string,
    opType: string,
    inputs: readonly string[],
    outputs: number,
    attributes: Attributes = {},
  ): string[] {
    const name = this.fresh(`${scope}/${opType}`);
    const names = Array.from({ length: outputs }, (_, i) => (i === 0 ? name : `${name}:${i}`));
    for (const n of names.slice(1)) this.reserve(n);
    this.nodes.push({
      name,
      opType,
      inputs,
      outputs: names,
      attributes: Object.entries(attributes).map(([k, v]) => toAttribute(k, v)),
    });
    return names;
  }

  /** Adds a node whose one output gets exactly `output` as its name (graph outputs). */
  opNamed(scope: string, opType: string, inputs: readonly string[], output: string): void {
    this.nodes.push({
      name: this.fresh(`${scope}/${opType}`),
      opType,
      inputs,
      outputs: [output],
      attributes: [],
    });
  }

  /** A float32 initializer; returns its name. */
  floats(name: string, dims: readonly number[], values: Float32Array): string {
    const unique = this.fresh(name);
    this.initializers.push({ name: unique, dims, data: { type: 'float', values } });
    return unique;
  }

  /** A 1-D int64 initializer (shapes, axes, pads); returns its name. */
  ints(name: string, values: readonly number[]): string {
    const unique = this.fresh(name);
    this.initializers.push({
      name: unique,
      dims: [values.length],
      data: { type: 'int64', values },
    });
    return unique;
  }
}
