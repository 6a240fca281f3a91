/** English messages of the teaching area: the Labs dialog and its three labs. Keys start with 'teaching.'. */
export const messages = {
  'teaching.labs.title': 'Labs',
  'teaching.labs.tab.activation': 'Activation functions',
  'teaching.labs.tab.tensor': 'Convolution and pooling',
  'teaching.labs.tab.field': 'Receptive field',

  // The activation-function lab.
  'teaching.activation.intro':
    'Each function turns a neuron’s weighted sum z into its output. Its derivative says how much the output moves when z moves: where it is near zero, learning through that neuron stalls.',
  'teaching.activation.functions': 'Functions shown',
  'teaching.activation.name.sigmoid': 'Sigmoid',
  'teaching.activation.name.tanh': 'tanh',
  'teaching.activation.name.relu': 'ReLU',
  'teaching.activation.name.leaky': 'Leaky ReLU',
  'teaching.activation.name.maxout': 'Maxout',
  'teaching.activation.name.elu': 'ELU',
  'teaching.activation.settings': 'Settings',
  'teaching.activation.leakySlope': 'Leaky ReLU slope below zero',
  'teaching.activation.eluAlpha': 'ELU α',
  'teaching.activation.maxoutPieces': 'Maxout pieces k',
  'teaching.activation.randomPieces': 'New random pieces',
  'teaching.activation.piece': 'Piece {index}',
  'teaching.activation.pieceW': 'Piece {index} slope w',
  'teaching.activation.pieceB': 'Piece {index} offset b',
  'teaching.activation.figureF': 'Activation f(x)',
  'teaching.activation.figureDf': 'Derivative f′(x)',
  'teaching.activation.plotLabel': '{title} for x from −4 to 4: {names}',
  'teaching.activation.neuron': 'A single neuron',
  'teaching.activation.neuronIntro': 'y = f(w₁x₁ + w₂x₂ + b). Move the sliders and watch z and y.',
  'teaching.activation.neuronFunction': 'Neuron activation',
  'teaching.activation.z': 'Weighted sum z',
  'teaching.activation.y': 'Neuron output y',
  'teaching.activation.neuronFigure': 'The neuron’s activation, with its current z and y marked',

  // The tensor inspector: convolution and pooling.
  'teaching.tensor.mode': 'Operation',
  'teaching.tensor.convolution': 'Convolution',
  'teaching.tensor.pooling': 'Pooling',
  'teaching.tensor.convIntro':
    'The kernel slides over the input; each output cell is the sum of the input cells under it, each times its kernel weight. Point at or focus an output cell to see which input cells produced it.',
  'teaching.tensor.poolIntro':
    'Pooling slides a window over the input and keeps one number per window: the largest (max pooling) or the mean (average pooling). Point at or focus an output cell to see its window.',
  'teaching.tensor.input': 'Input',
  'teaching.tensor.kernel': 'Kernel',
  'teaching.tensor.output': 'Output',
  'teaching.tensor.maxPooling': 'Max pooling',
  'teaching.tensor.averagePooling': 'Average pooling',
  'teaching.tensor.cell': '{grid} row {row}, column {col}',
  'teaching.tensor.outputCell': '{grid} row {row}, column {col}: {value}',
  'teaching.tensor.rows': 'Rows',
  'teaching.tensor.cols': 'Columns',
  'teaching.tensor.kernelSize': 'Kernel size',
  'teaching.tensor.preset': 'Kernel preset',
  'teaching.tensor.custom': 'Custom',
  'teaching.tensor.stride': 'Stride',
  'teaching.tensor.padding': 'Padding (zeros on each side)',
  'teaching.tensor.dilation': 'Dilation',
  'teaching.tensor.poolSize': 'Pool size',
  'teaching.tensor.paint': 'Paint with the pointer',
  'teaching.tensor.paintValue': 'Paint value',
  'teaching.tensor.asText': 'Input as text',
  'teaching.tensor.asTextHelp':
    'Rows on separate lines, numbers separated by spaces or commas; [[1,2],[3,4]] works too.',
  'teaching.tensor.applyText': 'Use this table',
  'teaching.tensor.square': 'Bright square',
  'teaching.tensor.lectureTable': 'Lecture’s 4×4 table',
  'teaching.tensor.clear': 'All zeros',
  'teaching.tensor.sizeFormula': 'Output size: rows {rows}; columns {cols}.',
  'teaching.tensor.explainMax': '{cell} = max of {cells} = {value}',
  'teaching.tensor.explainMean': '{cell} = mean of {cells} = {value}',
  'teaching.tensor.pointAtCell': 'Point at or focus an output cell to see where it comes from.',
  'teaching.tensor.emptyTerms': '0 (only padding under the kernel)',

  // Kernel presets, by preset id.
  'teaching.kernel.vertical-edges': 'Vertical edges (Sobel)',
  'teaching.kernel.horizontal-edges': 'Horizontal edges (Sobel)',
  'teaching.kernel.all-edges': 'All edges (Laplacian)',
  'teaching.kernel.box-blur': 'Blur (box, 1/9 each)',
  'teaching.kernel.gaussian-blur': 'Blur (Gaussian, /16)',
  'teaching.kernel.sharpen': 'Sharpen',
  'teaching.kernel.identity': 'Identity',

  // The receptive-field inspector.
  'teaching.field.intro':
    'Each output cell of a convolution sees only part of the input: its receptive field. Every stacked layer widens it by (k_eff − 1) times the jump so far, where k_eff = d·(k − 1) + 1 and the jump is the product of the strides before it.',
  'teaching.field.source': 'Layer to trace',
  'teaching.field.projectGroup': 'Layers of this project',
  'teaching.field.exampleGroup': 'Examples',
  'teaching.field.noLayers':
    'This project has no convolution or pooling layer; the examples below show how fields grow.',
  'teaching.field.outputRow': 'Output row',
  'teaching.field.outputCol': 'Output column',
  'teaching.field.stoppedAt':
    'The trace starts at the output of {name}, which mixes positions in a way this view does not follow.',
  'teaching.field.levelInput': 'Input, {rows}×{cols}',
  'teaching.field.levelAfter': 'After {name}, {rows}×{cols}',
  'teaching.field.levelLabel':
    '{title}: {cells, plural, one {# cell feeds} other {# cells feed}} the traced output, in rows {rows} and columns {cols}',
  'teaching.field.cropped': 'showing rows {rows} and columns {cols}',
  'teaching.field.summary':
    '{cell} sees a {rows}×{cols} patch of the input; {count, plural, one {# of its cells feeds} other {# of its cells feed}} it{gaps, select, yes {, with gaps where dilation skips cells} other {}}.',
  'teaching.field.cellName': 'Cell row {row}, column {col} of {layer}',
  'teaching.field.formulas': 'Formulas, with the numbers filled in',
  'teaching.field.head.layer': 'Layer',
  'teaching.field.head.window': 'Kernel · stride · dilation',
  'teaching.field.head.padding': 'Padding',
  'teaching.field.head.size': 'Output size (height; width)',
  'teaching.field.head.field': 'Receptive field r = r_prev + (k_eff − 1)·j_prev',
  'teaching.field.padding.valid': 'valid',
  'teaching.field.padding.same': 'same',
  'teaching.field.head.jump': 'Jump j',
  'teaching.field.legend':
    'Darker cells are reached along more paths. Click a cell of the last grid to trace that cell.',
  'teaching.field.example.two-3x3': 'Two 3×3 convolutions (a 5×5 field)',
  'teaching.field.example.dilated': 'A 3×3 convolution with dilation 2 (5×5 with gaps)',
  'teaching.field.example.dilation-stack': 'Dilation 1, 2, 4 (a 15×15 field without gaps)',
  'teaching.field.example.strided': 'Stride 2, then 3×3 (a 7×7 field)',

  // What is wrong with a table, a setting or a layer stack the labs were given.
  'teaching.error.gridEmpty': 'The {what, select, kernel {kernel} other {input}} is empty.',
  'teaching.error.gridTooLarge':
    'The {what, select, kernel {kernel} other {input}} is larger than {max}×{max}.',
  'teaching.error.gridRagged':
    'Row {row} of the {what, select, kernel {kernel} other {input}} has {count, plural, one {# value} other {# values}}; row 1 has {first}.',
  'teaching.error.gridNoNumber':
    'The {what, select, kernel {kernel} other {input}} has no number at row {row}, column {col}.',
  'teaching.error.gridWord':
    'Row {row} of the {what, select, kernel {kernel} other {input}}: “{word}” is not a number.',
  'teaching.error.setting':
    '{name, select, stride {Stride} dilation {Dilation} padding {Padding} other {Pool size}} must be a whole number from {min} to {max}, got {value}.',
  'teaching.error.kernelTooLarge':
    'The kernel spans more than the padded input: the output would be {rows} by {cols}.',
  'teaching.error.windowTooLarge': 'A {size}×{size} window does not fit in a {rows}×{cols} input.',
  'teaching.error.layerSetting':
    '{layer}: the {what, select, kernel {kernel} stride {stride} other {dilation}} along the {axis, select, height {height} other {width}} must be a whole number ≥ 1, got {value}.',
  'teaching.error.layerPadding':
    '{layer}: the padding along the {axis, select, height {height} other {width}} must be a whole number ≥ 0, got {value}.',
  'teaching.error.layerWindow':
    '{layer}: the window spans {span} along the {axis, select, height {height} other {width}}, more than the {size} cells it gets, so the output would be {formula}.',
  'teaching.error.noLayers': 'There is no convolution or pooling layer to trace.',
  'teaching.error.tooManyLayers': 'More than {max} layers to trace.',
  'teaching.error.inputSize':
    'The input {axis, select, height {height} other {width}} must be a whole number ≥ 1, got {value}.',
  'teaching.error.noCell':
    'The output is {rows}×{cols}, so it has no cell at row {row}, column {col}.',
  'teaching.error.notInProject': 'The selected layer is not in the project.',
  'teaching.error.notWindow': '{name} is a {type} layer; select a convolution or pooling layer.',
  'teaching.error.cycle': '{name} is on a cycle.',
  'teaching.error.unknownShape':
    'The shape of {name}’s input is not known; fix the problems listed for it first.',
} as const;
