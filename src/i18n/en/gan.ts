/** English messages of the gan area. Keys start with 'gan.'. */
export const messages = {
  'gan.problem.noDiscriminator':
    'The canvas holds two separate models (‘{first}’ and ‘{second}’), but neither ends in a single unit, so neither can be the discriminator of a GAN. End the discriminator in Dense(1) with sigmoid, or join the two models into one.',
  'gan.problem.noiseShape':
    "The generator's input ‘{input}’ has shape {shape}, but a generator starts from a noise vector: give it one number, the noise size, such as [16].",
  'gan.problem.mismatch':
    "The generator makes samples of shape {made}, but the discriminator ‘{input}’ takes shape {taken}. They must be the same: change the generator's last layer or the discriminator's Input.",
  'gan.problem.dataShape':
    "The dataset's examples have shape {data}, but the discriminator ‘{input}’ takes shape {taken}. Both the generator's samples and the real examples must have the dataset's shape.",
  'gan.panel': 'GAN training',
  'gan.parts':
    'Generator: {generator, plural, one {# layer} other {# layers}}, from {noise, plural, one {# noise number} other {# noise numbers}} to samples of shape {shape}. Discriminator: {discriminator, plural, one {# layer} other {# layers}}, judging each sample real or generated.',
  'gan.settings': 'GAN settings',
  'gan.setting.ganDiscriminatorSteps.label': 'Discriminator steps per generator step',
  'gan.setting.ganDiscriminatorSteps.help':
    'How many times the discriminator learns before the generator learns once.',
  'gan.setting.ganGeneratorLearningRate.label': 'Generator learning rate',
  'gan.setting.ganGeneratorLearningRate.help':
    "The generator's step size; the discriminator uses the learning rate of the training settings.",
  'gan.lossChart': 'GAN loss chart',
  'gan.loss.discriminator': 'Discriminator loss',
  'gan.loss.generator': 'Generator loss',
  'gan.loss.none': 'The losses appear here once training starts.',
  'gan.loss.latest':
    'Latest: discriminator {discriminator}, generator {generator}. A discriminator loss near 0.69 means it can no longer tell real from generated.',
  'gan.samples': 'Generated samples',
  'gan.samples.at': 'What the generator makes after epoch {epoch}, batch {batch}.',
  'gan.samples.none': 'Train to see what the generator makes.',
  'gan.overlay': 'Real and generated data',
  'gan.overlay.real': 'Real',
  'gan.overlay.generated': 'Generated',
  'gan.collapse':
    'Mode collapse: the generator makes only a narrow part of what the real data holds. Its samples spread {spread}% as widely as the real ones, and {coverage}% of real samples have a generated one near them. Try a lower generator learning rate, more discriminator steps, or more noise numbers.',
  'gan.varied':
    'The samples are varied: they spread {spread}% as widely as the real ones, and {coverage}% of real samples have a generated one near them.',
  'gan.export.part': 'What to export',
  'gan.export.generator': 'The generator alone: noise in, samples out',
  'gan.export.discriminator':
    'The discriminator alone: a sample in, the probability it is real out',
  'gan.export.both': 'Both, side by side as one model with two inputs and two outputs',
} as const;
