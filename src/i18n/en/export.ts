/** English messages of the export area. Keys start with 'export.'. */
export const messages = {
  'export.title': 'Export the model',
  'export.noHost':
    'Exporting needs the NeuroCanvas host, which runs the model and writes the files. Start the app with npm run serve.',
  'export.checking': 'Checking which formats can take this model…',
  'export.cannot': 'The model cannot be exported. {detail}',
  'export.modelErrors':
    'Fix its problems first: {problem}{more, plural, =0 {} one { (and # more in the Problems tab)} other { (and # more in the Problems tab)}}',
  'export.format': 'Format',
  'export.options': 'Options',
  'export.folder': 'Folder',
  'export.folderPlaceholder': 'a new folder in the app’s exports folder',
  'export.chooseFolder': 'Choose folder…',
  'export.replace': 'Replace the folder if it holds files',
  'export.exporting': 'Exporting',
  'export.writing': 'Building the model and writing the {target} files…',
  'export.done': 'Exported',
  'export.doneText': 'Exported {count, plural, one {# file} other {# files}} for {target} to:',
  'export.copyPath': 'Copy folder path',
  'export.copied': 'Copied.',
  'export.files': 'Files',
  'export.export': 'Export',
  'export.unsupported': 'Layers {target} cannot express',

  // Why a format cannot express a layer, by code; the English is what the command line prints.
  'export.why.onnx-unknown-class': 'ONNX export does not know the layer class {className}',
  'export.why.onnx-activation': "the activation ''{activation}'' has no ONNX equivalent",
  'export.why.onnx-recurrent-activation':
    "ONNX's recurrent ops offer no ''{activation}'' {role, select, gate {gate activation} other {activation}}; use tanh, sigmoid, ReLU, softplus, ELU or linear",
  'export.why.pytorch-unknown-class': 'PyTorch export does not know the Keras class {className}.',
  'export.why.keras-unknown-class': 'NeuroCanvas has no Keras translation for {className}',
  'export.why.keras-setting': "its setting ''{key}'' has no Keras translation here",
  'export.why.keras-setting-object':
    "its setting ''{key}'' ({object}) has no Keras equivalent here",
  'export.why.not-in-version': 'Export to {target} is not part of this version.',

  // Why the host could not check or write a bundle, by code.
  'export.error.buildFailed': 'The model cannot be built for export: {detail}',
  'export.error.unsupported':
    '{target} cannot express {count, plural, one {this layer} other {these layers}}: {layers}',
  'export.error.notAllowed':
    "NeuroCanvas may not write to {folder}. In the browser it writes exports only inside its data folder (by default {exportsDir}) and the folders named when it was started (npm run serve -- '<folder>').",
  'export.error.badPath': "The bundle file name ''{path}'' is not a plain relative path.",
  'export.error.listedTwice': "The bundle lists ''{path}'' twice.",
  'export.error.isFile': '{folder} exists and is a file, not a folder.',
  'export.error.notEmpty':
    '{folder} already holds files; choose an empty or new folder, or tick “Replace the folder if it holds files”.',
  'export.error.writeFailed': 'Cannot write the bundle to {folder}: {detail}',
} as const;
