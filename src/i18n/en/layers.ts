/** English messages of the layers area. Keys start with 'layers.'. */
export const messages = {
  'layers.category.Input': 'Input',
  'layers.category.Core': 'Core',
  'layers.category.Activation': 'Activation',
  'layers.category.Normalization': 'Normalization',
  'layers.category.Reshaping': 'Reshaping',
  'layers.category.Convolution': 'Convolution',
  'layers.category.Pooling': 'Pooling',
  'layers.category.Recurrent': 'Recurrent',
  'layers.category.Merge': 'Merge',
  'layers.category.Output': 'Output',
} as const;
