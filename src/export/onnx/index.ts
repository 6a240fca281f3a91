export { onnxExporter } from './target';
export { onnxUnsupported, toOnnxModel } from './toOnnx';
export { encodeOnnxModel } from './onnxProto';
