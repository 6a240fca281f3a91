/** Every string of the convolution and pooling lab, in one place for a message catalog. */
export const tensorMessages = {
  mode: 'Operation',
  convolution: 'Convolution',
  pooling: 'Pooling',
  convIntro:
    'The kernel slides over the input; each output cell is the sum of the input cells under it, each times its kernel weight. Point at or focus an output cell to see which input cells produced it.',
  poolIntro:
    'Pooling slides a window over the input and keeps one number per window: the largest (max pooling) or the mean (average pooling). Point at or focus an output cell to see its window.',
  input: 'Input',
  kernel: 'Kernel',
  output: 'Output',
  maxPooling: 'Max pooling',
  averagePooling: 'Average pooling',
  cell: (grid: string, r: number, c: number) => `${grid} row ${r}, column ${c}`,
  outputCell: (grid: string, r: number, c: number, v: string) =>
    `${grid} row ${r}, column ${c}: ${v}`,
  rows: 'Rows',
  cols: 'Columns',
  kernelSize: 'Kernel size',
  preset: 'Kernel preset',
  custom: 'Custom',
  stride: 'Stride',
  padding: 'Padding (zeros on each side)',
  dilation: 'Dilation',
  poolSize: 'Pool size',
  paint: 'Paint with the pointer',
  paintValue: 'Paint value',
  asText: 'Input as text',
  asTextHelp:
    'Rows on separate lines, numbers separated by spaces or commas; [[1,2],[3,4]] works too.',
  applyText: 'Use this table',
  square: 'Bright square',
  lectureTable: 'Lecture’s 4×4 table',
  clear: 'All zeros',
  sizeFormula: (rows: string, cols: string) => `Output size: rows ${rows}; columns ${cols}.`,
  explainConv: (cell: string, value: string, terms: string) => `${cell} = ${terms} = ${value}`,
  explainPool: (cell: string, kind: string, cells: string, value: string) =>
    `${cell} = ${kind} of ${cells} = ${value}`,
  max: 'max',
  mean: 'mean',
  pointAtCell: 'Point at or focus an output cell to see where it comes from.',
  emptyTerms: '0 (only padding under the kernel)',
};
