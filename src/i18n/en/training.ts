/** English messages of the training area. Keys start with 'training.'. */
export const messages = {
  // Controls and why each is off.
  'training.controls': 'Training controls',
  'training.control.train': 'Train',
  'training.control.pause': 'Pause',
  'training.control.resume': 'Resume',
  'training.control.step': 'Step',
  'training.control.stop': 'Stop',
  'training.why.connecting': 'Connecting to NeuroCanvas…',
  'training.why.notConnected': 'This page is not connected to NeuroCanvas, so training is off.',
  'training.why.idle': 'Nothing is training.',
  'training.why.stepPaused': 'Step trains one batch of a paused run.',
  'training.why.starting': 'A run is starting.',
  'training.why.pauseStarting': 'Training is starting.',
  'training.why.underWay': 'A run is under way; stop it first.',
  'training.why.pauseFirst': 'Pause first: Step trains one batch of a paused run.',
  'training.why.stopping': 'The run is stopping.',
  'training.why.stoppingBatch': 'Stopping after the batch in progress.',

  // Progress.
  'training.progress': 'Training progress',
  'training.progress.where': 'Epoch {epoch} of {epochs}, batch {batch} of {batches}',
  'training.progress.preparing': 'Preparing the data and the model…',
  'training.progress.notStarted': 'Not started',
  'training.progress.left': 'about {time} left',
  'training.time.seconds': '{s} s',
  'training.time.minutes': '{m} min {s} s',
  'training.time.hours': '{h} h {m} min',
  'training.rate': '{rate, number} samples/s',

  // Status and results.
  'training.status': 'Training status',
  'training.problems': 'Training problems',
  'training.backend': 'Backend: {name} — {reason}',
  'training.state.idle': 'Not trained yet.',
  'training.state.starting': 'Starting…',
  'training.state.running': 'Training {epochs, plural, one {# epoch} other {# epochs}}…',
  'training.state.runningUnplanned': 'Training…',
  'training.state.pausedAt': 'Paused at epoch {epoch}, batch {batch}.',
  'training.state.paused': 'Paused.',
  'training.state.stopping': 'Stopping after the batch in progress…',
  'training.state.stopped': 'Stopped after {epochs, plural, one {# epoch} other {# epochs}}.',
  'training.state.stoppedEarly':
    'Stopped early after {epochs, plural, one {# epoch} other {# epochs}}: the model stopped improving.',
  'training.state.nan': 'Stopped: the loss became NaN.',
  'training.state.finished': 'Finished {epochs, plural, one {# epoch} other {# epochs}}.',
  'training.state.failed': 'Training failed.',
  'training.state.crashed': 'The trainer crashed.',
  'training.result.train': 'Training {scores}',
  'training.result.validation': 'validation {scores}',
  'training.result.test': 'test {scores}',
  'training.result.loss': 'loss {loss}',
  'training.result.lossAndMetric': 'loss {loss}, {metric} {value}',
  'training.metric.acc': 'Accuracy',
  'training.metric.mae': 'Mean absolute error',
  'training.metric.mse': 'Mean squared error',
  'training.metric.iou': 'IoU (mask overlap)',

  // Why a run cannot start, said before anything is sent.
  'training.refusal.notConnected':
    'Training cannot start: this page is not connected to NeuroCanvas.',
  'training.refusal.empty':
    'Training cannot start: the model is empty. Add an Input, some layers and an Output first.',
  'training.refusal.problem': 'Training cannot start: {problem}',
  'training.refusal.problems':
    'Training cannot start: {problem} ({more, plural, one {# more problem} other {# more problems}} in the Problems tab)',
  'training.refusal.noDataset': 'Training cannot start: choose a dataset to train on.',
  'training.refusal.download': 'Training cannot start: {why}',
  'training.weights.notKept':
    'The trained weights were not kept: the model changed while it trained. Train again to get weights that fit it.',
  'training.weights.kept': 'Training ended. The trained weights are kept with the project.',

  // What the trainer reports, by code; the English matches what the trainer writes in its logs.
  'training.error.settings-invalid': 'The training settings cannot be used: {problem}.',
  'training.fix.settings-invalid': 'Change "{setting}" in the training settings.',
  'training.error.inputs-outputs':
    'The model has {inputs, plural, one {# input} other {# inputs}} and {outputs, plural, one {# output} other {# outputs}}, but training feeds it one input and one target per example from the dataset.',
  'training.fix.inputs-outputs': 'Train a model with exactly one Input layer and one Output layer.',
  'training.error.input-shape':
    'The dataset "{dataset}" gives inputs of shape {datasetShape}, but the model\'s input "{layer}" takes shape {modelShape}.',
  'training.fix.input-shape': "Set the Input layer's shape to {datasetShape}.",
  'training.error.unknown-loss': 'The Output\'s loss "{loss}" is not one training knows.',
  'training.fix.unknown-loss': 'Choose a loss in the Output layer.',
  'training.error.target-shape':
    'The dataset "{dataset}" has targets of shape {datasetShape}, but the model\'s output "{layer}" has shape {modelShape}.',
  'training.error.target-shape-classes':
    'The dataset "{dataset}" has targets of shape {datasetShape} (one-hot, {classes, plural, one {# class} other {# classes}}), but the model\'s output "{layer}" has shape {modelShape}.',
  'training.fix.target-shape': 'Make the last layer output shape {datasetShape}.',
  'training.fix.target-shape-classes': 'Give the last layer {classes} units, one per class.',
  'training.error.target-shape-one-hot':
    'The dataset "{dataset}" has targets of shape {datasetShape} (one-hot, {classes, plural, one {# class} other {# classes}}), but the model\'s output "{layer}" has shape {modelShape}.',
  'training.fix.target-shape-one-hot': 'Make the last layer output shape {datasetShape}.',
  'training.error.no-examples': 'The dataset "{dataset}" has no training examples.',
  'training.error.early-stopping-no-validation':
    'Early stopping watches the validation {watched, select, accuracy {accuracy} other {loss}}, but no examples are held back for validation.',
  'training.fix.early-stopping-no-validation':
    'Set a validation split above 0, validate on the test set, or let early stopping watch the training loss.',
  'training.error.early-stopping-no-accuracy':
    'Early stopping watches the validation accuracy, but the model does not measure accuracy.',
  'training.fix.early-stopping-no-accuracy':
    'Add the accuracy metric to the Output layer (classification only), or watch the loss.',
  'training.error.probe-missing':
    'Probe example {probe} does not exist: the training data has {count} examples, numbered from 0.',
  'training.fix.probe-missing': 'Choose an example from 0 to {last}.',
  'training.error.model-invalid': 'The model cannot be built: {problem}',
  'training.error.model-invalid-more': 'The model cannot be built: {problem} (and {more} more)',
  'training.fix.model-invalid': 'Fix the problems shown on the canvas, then start the run again.',
  'training.fix.model-invalid-more':
    'Fix the problems shown on the canvas, then start the run again.',
  'training.error.no-weights': 'The model has no weights to train.',
  'training.fix.no-weights': 'Add a layer with weights, such as Dense or Conv 2D.',
  'training.error.prepare-failed': 'The run could not be prepared: {detail}',
  'training.error.run-failed': 'Training failed at epoch {epoch}, batch {batch}: {detail}',
  'training.fix.run-failed':
    'If the trainer ran out of memory, try a smaller batch size or a smaller model; then start the run again.',
  'training.error.trainer-failed': 'The trainer failed: {detail}',
  'training.fix.trainer-failed':
    'Start the run again; if this keeps happening, report it with the model.',
  'training.error.shutting-down': 'The trainer is shutting down; start the run again.',
  'training.error.busy': 'Run "{run}" is still going; only one run trains at a time.',
  'training.fix.busy': 'Stop the current run first, then start the new one.',
  'training.error.trainer-ended': 'The trainer ended before the run finished.',
  'training.error.trainer-crashed': 'The trainer stopped unexpectedly.',
  'training.fix.trainer-crashed': 'Train again; a new trainer starts by itself.',
  'training.fix.out-of-memory': 'Try a smaller batch size or a smaller model.',
  // Why a backend was chosen or passed over; the parts are joined with "; ".
  'training.backendWhy.fastest-gpu': 'native TensorFlow on a CUDA GPU is the fastest backend',
  'training.backendWhy.fastest-native':
    'native TensorFlow on the CPU is the fastest backend available',
  'training.backendWhy.fastest-wasm': 'WebAssembly is the fastest backend available',
  'training.backendWhy.only-cpu':
    'plain JavaScript is the only backend that loaded (slow; install {package} for speed)',
  'training.backendWhy.gpu-package-on-cpu': '{package} runs native TensorFlow on the CPU',
  'training.backendWhy.requested': 'requested by {by}',
  'training.backendWhy.not-installed': '{package} is not installed',
  'training.backendWhy.failed-to-load': '{package} is installed but failed to load ({detail})',
  'training.backendWhy.no-native-backend':
    "{package} loaded but registered no 'tensorflow' backend with this TensorFlow.js {version} (are two versions installed?)",
  'training.backendWhy.native-loaded-first': '{package} was loaded first',
  'training.backendWhy.gpu-failed': '{package} failed to start ({detail})',
  'training.backendWhy.no-cuda': '{package} is installed but found no working CUDA device',
  'training.backendWhy.wasm-incomplete': '{package} is incomplete: {files} missing in {folder}',
  'training.backendWhy.wasm-paths': '{package} could not be pointed at its binaries ({detail})',
  'training.backendWhy.start-failed': 'the {backend} backend failed to start',
  'training.backendWhy.start-failed-detail': 'the {backend} backend failed to start ({detail})',
  'training.backendWhy.wasm-build':
    '{simd, select, yes {SIMD} other {no SIMD}}, {threads, plural, one {# thread} other {# threads}}',
  'training.backendWhy.wasm-build-note':
    '{simd, select, yes {SIMD} other {no SIMD}}, {threads, plural, one {# thread} other {# threads}} ({note})',

  // Why the trainer process ended, as the host saw it.
  'training.error.exit-spawn': 'The trainer could not be started: {detail}.',
  'training.fix.exit-spawn': 'Train again; a new trainer starts by itself.',
  'training.error.exit-memory':
    'The trainer ran out of memory. Try a smaller batch size, a smaller model or dataset, or allow the trainer more memory.',
  'training.fix.exit-memory': 'Try a smaller batch size or a smaller model.',
  'training.error.exit-memory-limit':
    'The trainer ran out of memory (its limit is {limit} MB). Try a smaller batch size, a smaller model or dataset, or allow the trainer more memory.',
  'training.fix.exit-memory-limit': 'Try a smaller batch size or a smaller model.',
  'training.error.exit-signal': 'The trainer was ended by the signal {signal}.',
  'training.fix.exit-signal': 'Train again; a new trainer starts by itself.',
  'training.error.exit-killed':
    'The trainer was ended by the signal {signal} (the system ends processes this way when memory runs out).',
  'training.fix.exit-killed': 'Train again; a new trainer starts by itself.',
  'training.error.exit-unexpected': 'The trainer ended unexpectedly.',
  'training.fix.exit-unexpected': 'Train again; a new trainer starts by itself.',
  'training.error.exit-unexpected-said': 'The trainer ended unexpectedly: {detail}.',
  'training.fix.exit-unexpected-said': 'Train again; a new trainer starts by itself.',
  'training.error.exit-code': 'The trainer stopped with exit code {exitCode}.',
  'training.fix.exit-code': 'Train again; a new trainer starts by itself.',
  'training.error.exit-code-said': 'The trainer stopped with exit code {exitCode}: {detail}.',
  'training.fix.exit-code-said': 'Train again; a new trainer starts by itself.',

  // How a run stopped early, by code.
  'training.stop.diverged-loss':
    'Training diverged at epoch {epoch}, batch {batch}: the loss became {loss}. The weights from before that batch are kept. Try a lower learning rate, or normalise the inputs (scale each feature to about −1 … 1).',
  'training.stop.diverged-gradients':
    'Training diverged at epoch {epoch}, batch {batch}: the gradients became infinite or NaN. The weights from before that batch are kept. Try a lower learning rate, or normalise the inputs (scale each feature to about −1 … 1).',
  'training.stop.early-stopping':
    '{monitor, select, val_loss {The validation loss} val_accuracy {The validation accuracy} other {The training loss}} has not improved for {patience} epochs; the best was epoch {best}.',
  'training.stop.early-stopping-restored':
    '{monitor, select, val_loss {The validation loss} val_accuracy {The validation accuracy} other {The training loss}} has not improved for {patience} epochs; the best was epoch {best}. The weights of epoch {best} are kept.',

  // Dataset picker.
  'training.dataset': 'Dataset',
  'training.dataset.choose': 'Choose a dataset…',
  'training.dataset.imported': '{name} (imported)',
  'training.dataset.unknown': '{id} (unknown)',
  'training.dataset.import': 'Import data…',
  'training.dataset.about':
    '{description} {task}, inputs {shape}, {count, number} training examples.',
  'training.dataset.importedAbout': 'Imported: {task}, inputs {shape}.',
  'training.dataset.importedFrom': 'Imported from {path}; it is read again when training starts.',
  'training.dataset.aFile': 'a file',
  'training.dataset.notKnown': "NeuroCanvas does not know the dataset ''{id}''.",
  'training.dataset.none': 'The examples the model learns from.',
  'training.task.classes': '{count} classes',
  'training.task.classesUnknown': '? classes',
  'training.task.segmentation': 'Segmentation (a {shape} mask to predict)',
  'training.task.segmentationPerPixel': 'Segmentation (a per-pixel mask to predict)',
  'training.task.regression': 'Regression',

  // Weights and settings.
  'training.weights.trained': 'The model has trained weights; the next run continues from them.',
  'training.weights.busy': 'A run is using the weights.',
  'training.weights.fresh': 'Start the next run from fresh weights',
  'training.weights.reset': 'Reset weights',
  'training.settings': 'Training settings',
  'training.setting.optimizer.label': 'Optimizer',
  'training.setting.optimizer.help':
    'How the weights are moved against the gradient after each batch.',
  'training.setting.learningRate.label': 'Learning rate',
  'training.setting.learningRate.help':
    'How large each step is; too large and the loss jumps, too small and it barely moves.',
  'training.setting.momentum.label': 'Momentum',
  'training.setting.momentum.help':
    'How much of the previous step carries into the next; 0.9 rolls through small bumps.',
  'training.setting.nesterov.label': 'Nesterov',
  'training.setting.nesterov.help':
    'Look ahead: take the gradient where momentum is about to carry the weights.',
  'training.setting.lrSchedule.label': 'Schedule',
  'training.setting.lrSchedule.help':
    'How the learning rate changes during the run; smaller steps late help it settle.',
  'training.setting.lrSchedule.option.constant': 'Constant',
  'training.setting.lrSchedule.option.step': 'Step decay',
  'training.setting.lrSchedule.option.exponential': 'Exponential decay',
  'training.setting.lrSchedule.option.cosine': 'Cosine (to 0)',
  'training.setting.lrStepFactor.label': 'Decay factor',
  'training.setting.lrStepFactor.help': 'The learning rate is multiplied by this at every step.',
  'training.setting.lrStepEpochs.label': 'Every N epochs',
  'training.setting.lrStepEpochs.help': 'How many epochs pass between two steps down.',
  'training.setting.lrDecayRate.label': 'Decay per epoch',
  'training.setting.lrDecayRate.help':
    'The learning rate is multiplied by this after every epoch (0.95: 5% smaller each time).',
  'training.setting.batchSize.label': 'Batch size',
  'training.setting.batchSize.help': 'How many examples are averaged for each weight update.',
  'training.setting.epochs.label': 'Epochs',
  'training.setting.epochs.help': 'How many times training passes over all the examples.',
  'training.setting.validationSource.label': 'Validate on',
  'training.setting.validationSource.help':
    'Which examples check the model after every epoch; it never learns from them.',
  'training.setting.validationSource.option.split': 'Part of the training data',
  'training.setting.validationSource.option.test': 'The test set',
  'training.setting.validationSplit.label': 'Validation split',
  'training.setting.validationSplit.help':
    'The fraction of examples kept aside to check the model on data it has not learned from.',
  'training.setting.shuffle.label': 'Shuffle',
  'training.setting.shuffle.help': 'Mix the order of the examples before every epoch.',
  'training.setting.seed.label': 'Random seed',
  'training.setting.seed.help':
    'The same seed gives the same starting weights and the same order, so runs can be compared.',
  'training.setting.earlyStopping.label': 'Early stopping',
  'training.setting.earlyStopping.help':
    'Stop by itself once the model has stopped getting better.',
  'training.setting.earlyStoppingMonitor.label': 'Watch',
  'training.setting.earlyStoppingMonitor.help':
    'The number that must keep improving; validation loss shows overfitting first.',
  'training.setting.earlyStoppingMonitor.option.val_loss': 'Validation loss',
  'training.setting.earlyStoppingMonitor.option.val_accuracy': 'Validation accuracy',
  'training.setting.earlyStoppingMonitor.option.loss': 'Training loss',
  'training.setting.earlyStoppingPatience.label': 'Patience',
  'training.setting.earlyStoppingPatience.help':
    'How many epochs without improvement to wait before stopping.',
  'training.setting.restoreBestWeights.label': 'Keep the best epoch',
  'training.setting.restoreBestWeights.help':
    'When stopping early, go back to the weights of the epoch that scored best.',
  'training.setting.augmentFlip.label': 'Random flips',
  'training.setting.augmentFlip.help':
    'Mirror training images at random; left–right suits photos, not digits or letters.',
  'training.setting.augmentFlip.option.off': 'Off',
  'training.setting.augmentFlip.option.horizontal': 'Left–right',
  'training.setting.augmentFlip.option.vertical': 'Top–bottom',
  'training.setting.augmentFlip.option.both': 'Both',
  'training.setting.augmentShift.label': 'Random shift (px)',
  'training.setting.augmentShift.help':
    'Move each training image by up to this many pixels; 0 leaves them in place.',
  'training.setting.augmentRotation.label': 'Random rotation (°)',
  'training.setting.augmentRotation.help':
    'Turn each training image by up to this many degrees; 0 leaves them upright.',

  // Charts.
  'training.chart.epoch': 'Epoch',
  'training.chart.loss': 'Loss chart',
  'training.chart.logScale': 'Log scale',
  'training.chart.metricEmpty': 'Metric chart',
  'training.chart.noMetric':
    'The Output layer reports no metric to chart. Choose one in its Metrics, e.g. Accuracy.',
  'training.chart.metric': '{metric} chart',
  'training.chart.lossCaption': 'Loss, {latest}',
  'training.chart.metricCaption': '{metric}, {latest}',
  'training.chart.noEpoch': 'no epoch yet',
  'training.chart.latest': 'epoch {epoch}: train {train}',
  'training.chart.latestValidation': 'epoch {epoch}: train {train}, validation {validation}',
  'training.chart.perBatch': 'Per batch (smoothed)',
  'training.chart.trainPerEpoch': 'Train, per epoch',
  'training.chart.validationPerEpoch': 'Validation, per epoch',
  'training.boundary': 'Decision boundary',

  // Run history.
  'training.history': 'Run history',
  'training.history.empty':
    'Run history: each finished run is kept with the project, to compare runs on one chart.',
  'training.history.compare': 'Compare runs',
  'training.history.score': 'Score',
  'training.history.chart': 'Run comparison',
  'training.history.caption': 'Run comparison: {score} per epoch for {runs}',
  'training.history.captionNone': 'Run comparison: {score} per epoch, no runs chosen',
  'training.history.loss': 'loss',
  'training.history.validation': 'validation {score}',
  'training.history.score.g_loss': 'generator loss',
  'training.history.score.d_real': 'discriminator output on real data',
  'training.history.score.d_fake': 'discriminator output on generated data',
  'training.history.runName': 'Run {n}',
  'training.history.summary':
    '{optimizer}, learning rate {rate}, batch {batch}, {epochs}{stop}, {dataset}',
  'training.history.epochs': '{count} epochs',
  'training.history.epochsOf': '{trained} of {count} epochs',
  'training.history.stop.user': ', stopped',
  'training.history.stop.early-stopping': ', stopped early',
  'training.history.stop.nan': ', diverged',

  // Dataset preview.
  'training.preview': 'Dataset preview',
  'training.preview.caption':
    'Training examples. Choose one to see its activations on the canvas while the model trains.',
  'training.preview.loading': 'Loading examples…',
  'training.preview.examples': 'Examples',
  'training.preview.previous': 'Previous examples',
  'training.preview.next': 'Next examples',
  'training.preview.range': '{from, number}–{to, number} of {total, number}',
  'training.preview.exampleLabel': 'Example {index}, label {label}',
  'training.preview.exampleTarget': 'Example {index}, target {label}',
  'training.preview.probe': '{name} (the probe)',
  'training.preview.needsHost':
    'These examples are read from files by NeuroCanvas; connect to it to see them.',
  'training.preview.scatter': 'Dataset scatter plot',
  'training.preview.scatterKey': 'Training points filled, test points as rings',
  'training.preview.series': 'Series preview',
  'training.preview.seriesCaption': 'The first examples of this page: {steps} steps, {features}.',
  'training.preview.oneFeature': '1 feature',
  'training.preview.someFeatures': 'the first {drawn} of {count} features, each on its own scale',
  'training.preview.allFeatures': '{count} features, each on its own scale',

  // Step detail.
  'training.step': 'Step detail',
  'training.step.heading':
    'Step detail: epoch {epoch}, batch {batch}; forward shown for example {probe}',
  'training.step.plainSgd': 'Update Δw = −τ·∇w with τ = {tau} (plain SGD).',
  'training.step.ownRule':
    'Update Δw is the change {optimizer} applied with τ = {tau}: its own rule, not −τ·∇w.',
  'training.step.sgdMomentum': 'SGD with momentum {momentum}',
  'training.step.layer': 'Layer {name}',
  'training.step.weightsOf': 'Weights of {name}',
  'training.step.forward': 'Forward',
  'training.step.backward': 'Backward ∇w',
  'training.step.update': 'Update Δw',
  'training.step.norm': 'norm {value}',
  'training.step.range': 'range {min} … {max}',
  'training.step.mapLabel': '{title} of {subject}: {numbers}',
  'training.step.mapMissing': '{title} of {subject}: not available',
  'training.step.notAvailable': 'Not available for this layer.',

  // Confusion matrix, layer norms, predictions.
  'training.confusion': 'Confusion matrix',
  'training.confusion.empty':
    'Confusion matrix: shown after the first epoch of a classification run.',
  'training.confusion.caption':
    'Confusion matrix, epoch {epoch}: {right, number} of {total, number} right',
  'training.confusion.tooLarge':
    'Confusion matrix, epoch {epoch}: {right, number} of {total, number} right. With {size} classes the matrix is too large to show.',
  'training.confusion.axes': 'true ↓ predicted →',
  'training.confusion.cell': 'true {actual}, predicted {predicted}: {count}',
  'training.norms': 'Layer norms',
  'training.norms.caption':
    'Layer norms, epoch {epoch}: weights solid, gradients dashed, on a log scale',
  'training.norms.empty': 'Layer norms: shown after the first epoch of a run.',
  'training.norms.weights': '{layer} weights',
  'training.norms.gradients': '{layer} gradients',
  'training.health': 'Unit health',
  'training.health.layer': 'Layer',
  'training.health.dead': 'Dead units',
  'training.health.saturated': 'Saturated units',
  'training.predictions': 'Predictions',
  'training.predictions.empty': 'Predictions: shown after the first epoch of a classification run.',
  'training.predictions.caption':
    'Predictions for {count} {split, select, test {test} other {validation}} examples after epoch {epoch}: {mistakes, plural, one {# mistake} other {# mistakes}}',
  'training.predictions.item': 'Example {index}: predicted {predicted} ({sure}%), true {actual}',
  'training.predictions.wrongItem':
    'Example {index}: predicted {predicted} ({sure}%), true {actual}, a mistake',
} as const;
