/**
 * English messages of the problems area. Keys start with 'problems.'. In ICU messages an
 * apostrophe before a brace starts quoted text, so '' writes a literal apostrophe there.
 */
export const messages = {
  'problems.list': 'Problems',
  'problems.severity.error': 'Error',
  'problems.severity.warning': 'Warning',
  'problems.fixButton': 'Fix: {fix}',
  'problems.fixApplied': '{fix}: done.',
  'problems.fixFailed': '{fix} could not be applied.',
  'problems.noneYet': 'Problems with the model will be listed here.',
  'problems.none': 'No problems: the model can be built.',

  'problems.atLayer': "''{name}'': {message}",
  'problems.shapeList': '{head} and {last}',
  'problems.versus': '{a} vs {b}',
  'problems.orList': '{head} or {last}',
  'problems.moreOptions': '{options}, …',

  'problems.danglingEdge': "A connection refers to a layer that does not exist (''{id}'').",
  'problems.cycle':
    'These layers form a loop, so data would flow in a circle: {path}. Remove one of the connections.',
  'problems.tooLarge':
    'The model has {total} parameters, about {gigabytes} GB of weights; the limit is {limit}. Use fewer units or filters.',
  'problems.unknownType': "''{type}'' is not a layer type NeuroCanvas knows.",
  'problems.unconnectedInput':
    '{layer} needs {min, plural, =1 {an input} other {at least {min} inputs}}, but {count, plural, =0 {nothing is connected} other {only {count} is connected}}. Connect a layer to it.',
  'problems.tooManyInputs':
    '{layer} {max, plural, =0 {takes no input} =1 {takes one input} other {takes at most {max} inputs}}, but {count} connections lead into it. To combine tensors, use a merge layer such as Add or Concatenate.',
  'problems.tensorTooLarge':
    'Its output {shape} holds {values} values per example, more than a tensor can hold.',
  'problems.noInput':
    'The model has no Input layer. Add one from the palette and connect it to the first layer.',
  'problems.noOutput':
    'The model has no Output layer, so there is nothing to train against. Add an Output after the last layer and choose its loss.',
  'problems.unusedOutput':
    "''{name}'': its output is not used by any layer. Connect it onward, or to an Output.",

  'problems.param.bad': '{label} must be {expected}, but is {value}',
  'problems.param.unknown': '{layer} has no parameter {name}',
  'problems.expected.int': 'a whole number from {min} to {max}',
  'problems.expected.float': 'a number from {min} to {max}',
  'problems.expected.bool': 'true or false',
  'problems.expected.select': 'one of {options}',
  'problems.expected.multiselect': 'a list of different values from {options}',
  'problems.expected.int2': 'two whole numbers, each from {min} to {max}',
  'problems.expected.shape':
    'a list of {count} {count, plural, one {whole number} other {whole numbers}}, each from {min} to {max}',
  'problems.expected.shapeRange':
    'a list of {from} to {to} {to, plural, one {whole number} other {whole numbers}}, each from {min} to {max}',
  'problems.value.missing': 'missing',
  'problems.value.object': 'an object',
  'problems.value.nan': 'NaN (not a number)',
  'problems.value.listMore': '[{items}, … {count} values in all]',

  'problems.needsVector':
    '{layer} expects a vector, but receives a {rank}-D tensor of shape {shape}. Insert a Flatten layer to turn it into a vector of {size} values.',
  'problems.needsVectorScores':
    '{loss} scores a vector of class scores, but receives a {rank}-D tensor of shape {shape}. Insert a Flatten layer to turn it into a vector of {size} values.',
  'problems.needsImage.vector':
    '{layer} expects an image shaped height×width×channels, but receives a vector of {size} values. Insert a Reshape layer to give it that shape.',
  'problems.needsImage.square':
    '{layer} expects an image shaped height×width×channels, but receives a vector of {size} values. Insert a Reshape layer to give it that shape, e.g. {example}.',
  'problems.needsImage.noChannels':
    '{layer} expects an image shaped height×width×channels, but receives {shape}, which has no channel axis. Insert a Reshape layer to make it {target}.',
  'problems.needsImage.rank':
    '{layer} expects an image shaped height×width×channels (3 axes), but receives a {rank}-D tensor of shape {shape}.',
  'problems.needsImage.padding':
    '{layer} pads an image of shape height×width×channels, but receives a {rank}-D tensor of shape {shape}.',
  'problems.needsSequence.vector':
    '{layer} expects a sequence shaped steps×features, but receives a vector of {size} values. Insert a Reshape layer to make it {size}×1 ({size} steps of one feature each).',
  'problems.needsSequence.image':
    '{layer} expects a sequence shaped steps×features, but receives {shape} (height×width×channels). Insert a Reshape layer to make it {target}, one step per row.',
  'problems.needsSequence.rank':
    '{layer} expects a sequence shaped steps×features (2 axes), but receives a {rank}-D tensor of shape {shape}.',
  'problems.kernelTooLarge':
    "{layer}: the window spans {span} along the {axis, select, height {height} width {width} other {length}} but the input is only {size}, so the output would be {formula} = {length}. Use padding 'same', a smaller {window, select, pool {pool} other {kernel}}, or a larger input.",
  'problems.emptyOutput':
    '{layer}: the output {axis, select, height {height} width {width} other {length}} is {formula} = {length}, which is not positive.',
  'problems.stridesAndDilation':
    'Strides {strides} together with dilation {dilation} is not allowed: use strides 1 with dilation, or dilation 1 with strides.',
  'problems.dilatedNotTrainable':
    'Dilation {dilation} works for designing, inspecting shapes and exporting, but TensorFlow.js cannot compute gradients through a dilated convolution, so this model cannot be trained in NeuroCanvas.',
  'problems.binaryNeedsOne':
    'Binary cross-entropy needs 1 output (the probability of the second class) for a dataset with 2 classes, but this output has {outputs, plural, =1 {1 value} other {{outputs} values}}.',
  'problems.binaryTwoClasses':
    'Binary cross-entropy is for 2 classes, but the dataset has {classes} classes. Use categorical cross-entropy with {classes} outputs.',
  'problems.outputPerClass':
    '{loss} needs one output per class: the dataset has {classes} classes, but this output has {outputs, plural, =1 {1 value} other {{outputs} values}}. Give the layer before it {classes} units.',
  'problems.reshapeSize':
    'Reshape cannot turn {from} ({have} values) into {to} ({want} values). The number of values must stay the same.',
  'problems.alreadyVector':
    'Flatten expects an image or a sequence, but its input is already a vector of {size} values. Remove this Flatten.',
  'problems.needsMoreInputs': '{layer} needs at least 2 inputs, but receives {count}.',
  'problems.shapesDiffer': '{layer} needs inputs of the same shape, but receives {shapes}.',
  'problems.shapesDifferLastAxis':
    '{layer} needs inputs of the same shape, but receives {shapes}. Only the last axis differs: give the branches the same number of channels, or use Concatenate to stack them.',
  'problems.ranksDiffer':
    'Concatenate needs inputs with the same number of axes, but receives {shapes}.',
  'problems.batchAxis':
    'Concatenate cannot join along axis {axis}: axis 0 is the batch, which cannot be joined here.',
  'problems.axisRange':
    'Concatenate cannot join along axis {axis}: inputs of shape {shape} have axes 1..{rank} (or -{rank}..-1).',
  'problems.concatMismatch':
    'Concatenate joins along axis {axis}, so its inputs must match on every other axis, but receives {shapes}, which differ on axis {index} ({sizes}).',

  'problems.fix.insert': 'Insert {layer}',
  'problems.fix.insertReshapeTo': 'Insert Reshape to {shape}',
  'problems.fix.paddingSame': "Use padding 'same'",
  'problems.fix.dilationOne': 'Set dilation to 1',
  'problems.fix.categorical': 'Use categorical cross-entropy',
  'problems.fix.binary': 'Use binary cross-entropy',
  'problems.fix.reshapeTo': 'Reshape to {size}',
  'problems.fix.lastAxis': 'Join along the last axis',

  'problems.connect.gone': 'That layer no longer exists.',
  'problems.connect.unknownType': 'Unknown layer type.',
  'problems.connect.self': 'A layer cannot feed itself.',
  'problems.connect.fromOutput': "''{name}'' is an Output: nothing comes after it.",
  'problems.connect.noInput': "''{name}'' is an {layer} layer and takes no input.",
  'problems.connect.already': "''{from}'' already feeds ''{to}''.",
  'problems.connect.full':
    "''{name}'' {max, plural, =1 {takes one input} other {takes at most {max} inputs}} and is already connected. Use a merge layer such as Add or Concatenate to combine tensors.",
  'problems.connect.loop': "This would make a loop: ''{to}'' already feeds ''{from}''.",
} as const;
