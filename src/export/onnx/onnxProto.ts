/**
 * The part of the ONNX file format this exporter writes, and its protobuf encoding.
 *
 * ONNX files are protobuf messages (ModelProto at the top). Only the messages and fields below are
 * written; the field numbers are those of the ONNX specification (IR version 7 and later). Repeated
 * numbers are written one by one (not packed), the proto2 default that every ONNX reader accepts.
 */
import protobuf from 'protobufjs/minimal.js';

type Writer = protobuf.Writer;

/** ONNX element types (TensorProto.DataType) this exporter uses. */
export const ElemType = { float: 1, int64: 7 } as const;
export type ElemTypeName = keyof typeof ElemType;

export interface OnnxTensor {
  name: string;
  dims: readonly number[];
  /** float32 or int64 values, row-major; int64 values must be safe integers. */
  data: { type: 'float'; values: Float32Array } | { type: 'int64'; values: readonly number[] };
}

export type OnnxAttribute =
  | { name: string; type: 'float'; value: number }
  | { name: string; type: 'int'; value: number }
  | { name: string; type: 'string'; value: string }
  | { name: string; type: 'floats'; value: readonly number[] }
  | { name: string; type: 'ints'; value: readonly number[] }
  | { name: string; type: 'strings'; value: readonly string[] };

export interface OnnxNode {
  name: string;
  opType: string;
  inputs: readonly string[];
  outputs: readonly string[];
  attributes: readonly OnnxAttribute[];
}

/** A graph input or output: a float tensor whose sizes are numbers or named free sizes ('batch'). */
export interface OnnxValueInfo {
  name: string;
  elemType: ElemTypeName;
  dims: readonly (number | string)[];
}

export interface OnnxGraph {
  name: string;
  nodes: readonly OnnxNode[];
  initializers: readonly OnnxTensor[];
  inputs: readonly OnnxValueInfo[];
  outputs: readonly OnnxValueInfo[];
  docString?: string;
}

export interface OnnxModel {
  irVersion: number;
  opsetVersion: number;
  producerName: string;
  producerVersion?: string;
  docString?: string;
  graph: OnnxGraph;
}

// Wire types of the protobuf encoding.
const VARINT = 0;
const FIXED32 = 5;
const LENGTH = 2;

// AttributeProto.AttributeType
const ATTRIBUTE_TYPE = { float: 1, int: 2, string: 3, floats: 6, ints: 7, strings: 8 } as const;

const tag = (w: Writer, field: number, wire: number) => w.uint32((field << 3) | wire);

function message(w: Writer, field: number, write: (w: Writer) => void): void {
  tag(w, field, LENGTH);
  w.fork();
  write(w);
  w.ldelim();
}

function int64(w: Writer, field: number, value: number): void {
  if (!Number.isSafeInteger(value)) throw new Error(`${value} is not a whole number for an int64.`);
  tag(w, field, VARINT).int64(value);
}

function text(w: Writer, field: number, value: string): void {
  tag(w, field, LENGTH).string(value);
}

/** Float and int64 tensor values go into raw_data, little-endian, as the specification requires. */
function rawData(data: OnnxTensor['data']): Uint8Array {
  const bytes = new Uint8Array(data.values.length * (data.type === 'float' ? 4 : 8));
  const view = new DataView(bytes.buffer);
  data.values.forEach((v, i) => {
    if (data.type === 'float') view.setFloat32(4 * i, v, true);
    else if (Number.isSafeInteger(v)) view.setBigInt64(8 * i, BigInt(v), true);
    else throw new Error(`${v} is not a whole number for an int64.`);
  });
  return bytes;
}

function writeTensor(w: Writer, t: OnnxTensor): void {
  const size = t.dims.reduce((a, b) => a * b, 1);
  if (size !== t.data.values.length) {
    throw new Error(
      `The tensor '${t.name}' has ${t.data.values.length} values but its dims [${t.dims.join(', ')}] need ${size}.`,
    );
  }
  for (const d of t.dims) int64(w, 1, d); // dims
  tag(w, 2, VARINT).int32(ElemType[t.data.type]); // data_type
  text(w, 8, t.name); // name
  tag(w, 9, LENGTH).bytes(rawData(t.data)); // raw_data
}

function writeAttribute(w: Writer, a: OnnxAttribute): void {
  text(w, 1, a.name); // name
  tag(w, 20, VARINT).int32(ATTRIBUTE_TYPE[a.type]); // type
  switch (a.type) {
    case 'float':
      tag(w, 2, FIXED32).float(a.value); // f
      break;
    case 'int':
      int64(w, 3, a.value); // i
      break;
    case 'string':
      tag(w, 4, LENGTH).bytes(new TextEncoder().encode(a.value)); // s
      break;
    case 'floats':
      for (const v of a.value) tag(w, 7, FIXED32).float(v); // floats
      break;
    case 'ints':
      for (const v of a.value) int64(w, 8, v); // ints
      break;
    case 'strings':
      for (const v of a.value) tag(w, 9, LENGTH).bytes(new TextEncoder().encode(v)); // strings
      break;
  }
}

function writeNode(w: Writer, n: OnnxNode): void {
  for (const i of n.inputs) text(w, 1, i); // input
  for (const o of n.outputs) text(w, 2, o); // output
  text(w, 3, n.name); // name
  text(w, 4, n.opType); // op_type
  for (const a of n.attributes) message(w, 5, (w) => writeAttribute(w, a)); // attribute
}

function writeValueInfo(w: Writer, v: OnnxValueInfo): void {
  text(w, 1, v.name); // name
  // type: TypeProto.tensor_type (1) → elem_type (1), shape (2) → dim (1) → dim_value (1) | dim_param (2)
  message(w, 2, (w) =>
    message(w, 1, (w) => {
      tag(w, 1, VARINT).int32(ElemType[v.elemType]);
      message(w, 2, (w) => {
        for (const d of v.dims) {
          message(w, 1, (w) => (typeof d === 'number' ? int64(w, 1, d) : text(w, 2, d)));
        }
      });
    }),
  );
}

function writeGraph(w: Writer, g: OnnxGraph): void {
  for (const n of g.nodes) message(w, 1, (w) => writeNode(w, n)); // node
  text(w, 2, g.name); // name
  for (const t of g.initializers) message(w, 5, (w) => writeTensor(w, t)); // initializer
  if (g.docString) text(w, 10, g.docString); // doc_string
  for (const v of g.inputs) message(w, 11, (w) => writeValueInfo(w, v)); // input
  for (const v of g.outputs) message(w, 12, (w) => writeValueInfo(w, v)); // output
}

/** The model as the bytes of a `.onnx` file. */
export function encodeOnnxModel(m: OnnxModel): Uint8Array {
  const w = protobuf.Writer.create();
  int64(w, 1, m.irVersion); // ir_version
  text(w, 2, m.producerName); // producer_name
  if (m.producerVersion) text(w, 3, m.producerVersion); // producer_version
  if (m.docString) text(w, 6, m.docString); // doc_string
  message(w, 7, (w) => writeGraph(w, m.graph)); // graph
  // opset_import: OperatorSetIdProto { domain (1), version (2) }; '' is the default ONNX domain.
  message(w, 8, (w) => {
    text(w, 1, '');
    int64(w, 2, m.opsetVersion);
  });
  return w.finish();
}
