export { pytorchExporter } from './pytorchExporter';
export { PYTORCH_LAYERS } from './table';
