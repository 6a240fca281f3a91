import type { AnyLayerDefinition } from '../definition';
import { conv1d } from './conv1d';
import { conv2d } from './conv2d';
import { conv2dTranspose } from './conv2dTranspose';
import { depthwiseConv2d } from './depthwiseConv2d';
import { separableConv2d } from './separableConv2d';

export const convLayers: readonly AnyLayerDefinition[] = [
  conv2d,
  conv1d,
  depthwiseConv2d,
  separableConv2d,
  conv2dTranspose,
];
