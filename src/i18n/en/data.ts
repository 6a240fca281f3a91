/** English messages of the data area: downloads, imports and their previews. Keys start with 'data.'. */
export const messages = {
  'data.size.bytes': '{value} B',
  'data.size.kb': '{value} KB',
  'data.size.mb': '{value} MB',
  'data.size.gb': '{value} GB',
  'data.size.tb': '{value} TB',
  'data.duration.seconds': '{seconds} s',
  'data.duration.minutes': '{minutes} min {seconds} s',
  'data.duration.hours': '{hours} h {minutes} min',

  'data.download.kept': '{name} is downloaded and kept on this computer.',
  'data.download.once': '{name} is downloaded once ({size}) and then kept on this computer.',
  'data.download.group': 'Download of {name}',
  'data.download.bar': 'Download progress',
  'data.download.progress': '{received} of {total} ({percent}%)',
  'data.download.progressEta': '{received} of {total} ({percent}%), about {left} left',
  'data.download.cancel': 'Cancel download',
  'data.download.start': 'Download',
  'data.download.cancelled': 'The download of {name} was cancelled; nothing partial was kept.',
  'data.download.failed': '{reason}',
  'data.download.error.unreachable':
    'Could not download {name}: {urls} could not be reached ({detail}). Check the internet connection and try again. To add them by hand, download {files} from {from} (described at {homepage}) and put {count, plural, one {it} other {them}}, unchanged, in {folder}.',
  'data.download.error.failed':
    'Could not download {name}. {reasons}. Nothing partial was kept. To add them by hand, download {files} from {from} (described at {homepage}) and put {count, plural, one {it} other {them}}, unchanged, in {folder}.',
  'data.download.error.folder': 'Could not create the folder {folder} for {name}: {detail}.',
  'data.download.stillRunning': '{name} is still downloading; wait until it is done.',
  'data.download.checking': 'Checking whether {name} is on this computer…',
  'data.download.needed':
    '{name} is not on this computer yet: press Download under the dataset first.',
  'data.notes.label': 'Notes on the data',
  // What was done to a dataset's data on the way, by code; the English is what the loader wrote.
  'data.note.unused-asked': "Column ''{column}'' is not used: left out as asked.",
  'data.note.unused-empty': "Column ''{column}'' is not used: it has no values.",
  'data.note.unused-texts':
    "Column ''{column}'' is not used: it holds {count, number} different texts (like names or ids), too many to encode as categories.",
  'data.note.unused-many-texts':
    "Column ''{column}'' is not used: it holds over 1,000 different texts (like names or ids), too many to encode as categories.",
  'data.note.text-cells':
    "Column ''{column}'' holds numbers, but {count, plural, one {# cell holds} other {# cells hold}} text ({examples} on {shown, plural, one {line} other {lines}} {lines}); {count, plural, one {it is} other {they are}} treated as missing values.",
  'data.note.no-target':
    '{count, plural, one {# row has} other {# rows have}} no target value and {count, plural, one {was} other {were}} dropped ({shown, plural, one {line} other {lines}} {lines}{more, plural, =0 {} other { and # more}}).',
  'data.note.missing-dropped':
    "Column ''{column}'' is missing {count, plural, one {# value} other {# values}} ({shown, plural, one {line} other {lines}} {lines}{more, plural, =0 {} other { and # more}}); {count, plural, one {that row was} other {those rows were}} dropped.",
  'data.note.missing-filled':
    "Column ''{column}'' is missing {count, plural, one {# value} other {# values}} ({shown, plural, one {line} other {lines}} {lines}{more, plural, =0 {} other { and # more}}), filled in with {how, select, mean {the training mean} other {the most frequent training value}}.",
  'data.note.bad-rows':
    '{count, plural, one {# malformed row was} other {# malformed rows were}} skipped: {rows}{more, plural, =0 {} other { and # more}}.',
  'data.note.series-no-target':
    'Rows without a target stay in the series (dropping rows would join days that are not next to each other); windows ending on them are not used.',
  'data.note.series-windows':
    '{count, number} windows of {window} rows, one every {stride, plural, one {# row} other {# rows}}; the first {train, number} train and the later {test, number} test.',
  'data.note.arrays-channel':
    'The inputs are {height}×{width} images without a channel dimension; they are read as {shape}.',
  'data.note.arrays-bytes': 'The inputs are bytes from 0 to 255; they are divided by 255.',
  'data.note.images-undecodable':
    '{count, plural, one {# image} other {# images}} could not be decoded and {count, plural, one {was} other {were}} skipped: {files}{more, plural, =0 {} other { and # more}}.',
  'data.note.images-sizes':
    'The images come in {count} sizes: {sizes}{cut, select, yes {, …} other {}}; all were resized to {size}×{size}.',
  'data.note.images-resized': 'The images are {from}; they were resized to {size}×{size}.',
  'data.note.images-empty-classes':
    '{count, plural, one {The class folder} other {The class folders}} {folders} {count, plural, one {holds} other {hold}} no PNG or JPEG images and {count, plural, one {is} other {are}} left out.',
  'data.note.images-other-files':
    '{count, plural, one {# file is} other {# files are}} not PNG or JPEG and {count, plural, one {was} other {were}} ignored.',
  'data.note.iris-standardised':
    'Each measurement is standardised with the mean and deviation of the training flowers.',
  'data.note.penguins-dropped':
    '{dropped} of {total} penguins have a missing measurement and were left out; {count} remain.',
  'data.note.penguins-standardised':
    'Each measurement is standardised with the mean and deviation of the training penguins.',
  'data.note.cars-no-economy':
    '{count} of {total} cars have no fuel economy and were left out ({cars}).',
  'data.note.cars-no-horsepower':
    '{count} cars have no horsepower; it was filled with the median of the training cars, {fill} hp ({cars}).',
  'data.note.cars-inputs':
    'Inputs: cylinders, displacement, horsepower, weight, acceleration and model year, standardised with the training cars, then origin as USA, Europe, Japan (one-hot).',
  'data.note.weather-days': '{count} days, {first} to {last}; no values are missing.',
  'data.note.weather-standardised':
    'Measurements are standardised with the days of the training part.',
  'data.note.weather-rare':
    'Most days are rain or sun; drizzle, fog and snow are rare, so accuracy alone flatters a model that never predicts them.',
  // Why an imported column is not used (the preview's tooltip).
  'data.why.asked': 'left out as asked',
  'data.why.empty': 'it has no values',
  'data.why.texts':
    'it holds {count, number} different texts (like names or ids), too many to encode as categories',
  'data.why.many-texts':
    'it holds over 1,000 different texts (like names or ids), too many to encode as categories',

  'data.import.title': 'Import data',
  'data.import.noHost': 'Importing needs the NeuroCanvas host; it is not connected.',
  'data.import.what': 'What to import',
  'data.import.kind.csv': 'A CSV file (one example per row)',
  'data.import.kind.images': 'A folder of images (one subfolder per class)',
  'data.import.csvFile': 'CSV file',
  'data.import.imageFolder': 'Image folder',
  'data.import.csvOptions': 'CSV options',
  'data.import.target': 'Target column',
  'data.import.target.last': 'The last column',
  'data.import.normalize': 'Normalisation',
  'data.import.normalize.standardize': 'Standardise (mean 0, sd 1)',
  'data.import.normalize.minmax': 'Min-max (0 to 1)',
  'data.import.missing': 'Missing values',
  'data.import.missing.drop': 'Drop the row',
  'data.import.missing.impute': 'Fill in (mean or most frequent)',
  'data.import.badRows': 'Malformed rows',
  'data.import.badRows.skip': 'Skip them and list them',
  'data.import.badRows.stop': 'Stop at the first',
  'data.import.imageOptions': 'Image options',
  'data.import.imageSize': 'Image size (pixels)',
  'data.import.colour': 'Colour',
  'data.import.colour.grayscale': 'Grayscale',
  'data.import.colour.rgb': 'RGB colour',
  'data.import.busy': 'Importing…',
  'data.import.starter': 'Add a starter model shaped for this data (the canvas is empty)',
  'data.import.preview': 'Preview',
  'data.import.use': 'Use for training',
  'data.import.noImages':
    'The folder holds no PNG or JPEG images in subfolders. Put the images of each class in a subfolder named after the class.',
  'data.import.starterAdded': 'Added a starter model for {name}.',

  'data.preview.label': 'Preview',
  'data.preview.summaryClasses':
    '{train, number} training and {test, number} test examples, inputs [{shape}], {classes, plural, one {# class} other {# classes}}.',
  'data.preview.summaryNumber':
    '{train, number} training and {test, number} test examples, inputs [{shape}], a number to predict.',
  'data.preview.notes': 'Notes',
  'data.preview.columns': 'Columns',
  'data.preview.column': 'Column',
  'data.preview.use': 'Use',
  'data.preview.kind': 'Kind',
  'data.preview.missing': 'Missing',
  'data.preview.values': 'Values',
  'data.preview.role.feature': 'input',
  'data.preview.role.target': 'target',
  'data.preview.role.unused': 'unused',
  'data.preview.kind.numeric': 'numeric',
  'data.preview.kind.categorical': 'categorical',
  'data.preview.kind.empty': 'empty',
  'data.preview.kind.text': 'text',
  'data.preview.numeric': '{min} to {max}, mean {mean}, sd {sd}',
  'data.preview.firstRows': 'First rows',
  'data.preview.balance': 'Class balance',
  'data.preview.class': 'Class',
  'data.preview.training': 'Training',
  'data.preview.test': 'Test',
  'data.preview.examples': 'Example images',
  'data.preview.example': 'Example of {label}',

  'data.error.csv.empty': 'The file holds no rows: it is empty.',
  'data.error.csv.noDataRows': 'The file has no data rows.',
  'data.error.csv.headerOnly': 'The file has a header row but no data rows.',
  'data.error.csv.malformedLine':
    'Line {line} is malformed: {reason}. Fix that line, or choose to skip malformed rows.',
  'data.error.csv.tooManyColumns':
    'Line {line} has {count} columns; NeuroCanvas reads tables of at most {max}.',
  'data.error.csv.tooManyValues':
    'The file holds more than {max} values (line {line}); NeuroCanvas imports tables up to that size.',
  'data.error.csv.unreadable': 'The file could not be read: {reason}',
  'data.error.csv.noSuchIgnored':
    'There is no column ‘{column}’ to leave out. The columns are {columns}.',
  'data.error.csv.noSuchTarget': 'There is no column ‘{column}’. The columns are {columns}.',
  'data.error.csv.emptyTarget': 'The target column ‘{column}’ has no values.',
  'data.error.csv.targetIgnored': 'The column ‘{column}’ cannot be both the target and left out.',
  'data.error.csv.noTarget': 'No column can be the target. The columns are {columns}.',
  'data.error.csv.noFeatures':
    'No column is left to learn from besides the target ‘{column}’. The columns are {columns}.',
  'data.error.csv.tooFewRows':
    'Only {count, plural, one {# row is} other {# rows are}} left after missing values were dropped; at least 2 are needed. Choose to fill in missing values instead.',
  'data.error.csv.textTarget':
    'The target column ‘{column}’ holds text ({examples}), which cannot be predicted as a number. Choose classification, or another target.',
  'data.error.csv.tooManyTargetValues':
    'The target column ‘{column}’ has more than {max} different values, too many to be classes. Choose regression.',
  'data.error.csv.tooManyClasses': 'The target has more than {max} classes.',
  'data.error.csv.oneClass':
    'The target column ‘{column}’ has only one class; a classifier needs at least two.',
  'data.error.images.notFound': 'The folder ‘{folder}’ was not found.',
  'data.error.images.notFolder':
    '‘{folder}’ is not a folder; an image import needs a folder with one subfolder per class.',
  'data.error.images.noSubfolders':
    'The folder ‘{folder}’ has no subfolders. Put the images of each class in a subfolder named after the class, e.g. cats/ and dogs/.',
  'data.error.images.tooManyClasses':
    'The folder has {count} subfolders; NeuroCanvas reads at most {max} classes.',
  'data.error.images.tooFewClasses':
    'Fewer than two subfolders hold PNG or JPEG images that could be read; a classifier needs at least two classes with images.',
  'data.error.images.tooLarge':
    '{count} images of {size}×{size}×{channels} are more than NeuroCanvas can hold in memory; choose a smaller image size.',
  'data.error.options.unknown': 'There is no option ‘{option}’. The options are {options}.',
  'data.error.options.invalid': 'The option ‘{option}’ cannot be {value}.',
  'data.error.arrays.badShape':
    'The inputs have shape {shape}; they need a first dimension that counts examples and at least one more.',
  'data.error.arrays.countMismatch':
    'There are {inputs, number} inputs but {targets, number} targets; both files must hold the same number of examples.',
  'data.error.arrays.tooFew': 'At least 2 examples are needed.',
  'data.error.arrays.inputNotFinite':
    'Input value {index, number} (example {example, number}) is not a finite number.',
  'data.error.arrays.targetNotFinite': 'The targets hold a value that is not a finite number.',
  'data.error.arrays.classTooHigh':
    'Classification needs one whole-number class from 0 to {max, number} per example; these targets have shape {shape} and classes up to {highest, number}.',
  'data.error.arrays.notClasses':
    'Classification needs one whole-number class from 0 to {max, number} per example; these targets have shape {shape} and values that are not such classes.',
  'data.error.arrays.noArray':
    '{file} has no array ‘{wanted}’. Its arrays are {arrays}; name the array with the option ‘{option}’.',
  'data.error.arrays.noArrayFound':
    '{file} has no array for the {option, select, inputs {inputs} other {labels}} (looked for {looked}). Its arrays are {arrays}; name it with the option ‘{option}’.',
  'data.error.arrays.labelsNeeded':
    '{file} holds the inputs only; name the file of labels (targets) with the option ‘labels’.',
  'data.error.arrays.tooLarge': '‘{file}’ is larger than 1 GiB, more than NeuroCanvas imports.',
  'data.error.arrays.unreadable': '‘{file}’ cannot be read: {detail}',
  'data.error.file.notFound': 'The file ‘{path}’ was not found.',
  'data.error.file.isFolder': '‘{path}’ is a folder; a CSV import needs a file.',
  'data.error.file.notRegular': '‘{path}’ is not a regular file.',
  'data.error.series.tooFewWindows':
    'The table’s {rows, number} rows give {windows, plural, one {# window} other {# windows}} of {window} rows with a target {horizon, plural, one {# row} other {# rows}} later; at least 2 are needed. Choose a shorter window or horizon.',
  'data.error.kind.unknown':
    'NeuroCanvas cannot tell what ‘{file}’ holds. It imports CSV files (.csv), folders of images, IDX files and NumPy files (.npy, .npz).',
  'data.error.ref.needsPath':
    'The dataset ‘{dataset}’ needs the path of its file in the option ‘path’.',
} as const;
