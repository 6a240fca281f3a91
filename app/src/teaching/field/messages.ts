/** Every string of the receptive-field lab, in one place for a message catalog. */
export const fieldMessages = {
  intro:
    'Each output cell of a convolution sees only part of the input: its receptive field. Every stacked layer widens it by (k_eff − 1) times the jump so far, where k_eff = d·(k − 1) + 1 and the jump is the product of the strides before it.',
  source: 'Layer to trace',
  projectGroup: 'Layers of this project',
  exampleGroup: 'Examples',
  noLayers:
    'This project has no convolution or pooling layer; the examples below show how fields grow.',
  outputRow: 'Output row',
  outputCol: 'Output column',
  stoppedAt: (name: string) =>
    `The trace starts at the output of ${name}, which mixes positions in a way this view does not follow.`,
  level: (i: number, name: string, rows: number, cols: number) =>
    i === 0 ? `Input, ${rows}×${cols}` : `After ${name}, ${rows}×${cols}`,
  levelLabel: (title: string, cells: number, rows: string, cols: string) =>
    `${title}: ${cells} cells feed the traced output, in rows ${rows} and columns ${cols}`,
  cropped: (rows: string, cols: string) => `showing rows ${rows} and columns ${cols}`,
  summary: (cell: string, rows: number, cols: number, count: number, gaps: boolean) =>
    `${cell} sees a ${rows}×${cols} patch of the input; ${count} of its cells feed it${gaps ? ', with gaps where dilation skips cells' : ''}.`,
  cellName: (layer: string, r: number, c: number) => `Cell row ${r}, column ${c} of ${layer}`,
  formulas: 'Formulas, with the numbers filled in',
  head: {
    layer: 'Layer',
    window: 'Kernel · stride · dilation',
    padding: 'Padding',
    size: 'Output size (height; width)',
    field: 'Receptive field r = r_prev + (k_eff − 1)·j_prev',
    jump: 'Jump j',
  },
  legendField:
    'Darker cells are reached along more paths. Click a cell of the last grid to trace that cell.',
};
