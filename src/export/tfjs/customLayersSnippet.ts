/**
 * `custom_layers.js`, written into a TensorFlow.js bundle whose model uses NeuroCanvas' own layer
 * classes. Plain tfjs cannot load a model naming a class it does not know, so the user calls
 * `registerCustomLayers(tf)` once before `tf.loadLayersModel`. The file has no imports: it receives
 * the user's own `tf`, whichever build (browser, Node, a bundler) that is.
 *
 * It mirrors src/compiler/layers/maxout.ts and elu.ts: the same class names, configs and weight
 * layout, so the weights in the bundle mean the same thing. A test loads a bundle in a fresh
 * process with nothing but this file and plain @tensorflow/tfjs.
 */

/** Keras class names this file registers. */
export const SNIPPET_CLASSES = ['Maxout', 'ELU'] as const;

export const CUSTOM_LAYERS_FILE = 'custom_layers.js';

export const CUSTOM_LAYERS_JS = `/**
 * NeuroCanvas' own layers for TensorFlow.js. Call registerCustomLayers(tf) once, before
 * tf.loadLayersModel, with the tf you load the model with.
 *
 *   Maxout: y_j = max over p of (x . W_p + b_p)_j. kernel is [inputs, units * pieces] with
 *           piece p in columns p * units ... p * units + units - 1; bias [units * pieces] likewise.
 *   ELU:    f(x) = x for x > 0, alpha * (exp(x) - 1) otherwise, for any alpha (tfjs' own ELU
 *           accepts only alpha = 1).
 */
export function registerCustomLayers(tf) {
  const INITIALIZERS = {
    glorotuniform: tf.initializers.glorotUniform,
    glorotnormal: tf.initializers.glorotNormal,
    heuniform: tf.initializers.heUniform,
    henormal: tf.initializers.heNormal,
    lecununiform: tf.initializers.leCunUniform,
    lecunnormal: tf.initializers.leCunNormal,
    zeros: () => tf.initializers.zeros(),
    ones: () => tf.initializers.ones(),
  };

  // Configs arrive as {className, config} (or a name); the seed is kept so a fresh build repeats.
  function initializer(spec, fallback) {
    const name = typeof spec === 'string' ? spec : (spec && spec.className) || fallback;
    const make = INITIALIZERS[name.toLowerCase().replace(/_/g, '')];
    if (!make) throw new Error('Maxout: unknown initializer ' + name + '.');
    const seed = spec && spec.config && spec.config.seed;
    return make(seed === undefined || seed === null ? {} : { seed });
  }

  class Maxout extends tf.layers.Layer {
    constructor(args) {
      super(args);
      this.units = args.units;
      this.pieces = args.pieces;
      this.useBias = args.useBias !== false;
      this.kernelInitializer = initializer(args.kernelInitializer, 'GlorotUniform');
      this.biasInitializer = initializer(args.biasInitializer, 'Zeros');
    }

    build(inputShape) {
      const shape = Array.isArray(inputShape[0]) ? inputShape[0] : inputShape;
      const width = this.units * this.pieces;
      const inputs = shape[shape.length - 1];
      this.kernel = this.addWeight('kernel', [inputs, width], 'float32', this.kernelInitializer);
      if (this.useBias) this.bias = this.addWeight('bias', [width], 'float32', this.biasInitializer);
      this.built = true;
    }

    computeOutputShape(inputShape) {
      const shape = Array.isArray(inputShape[0]) ? inputShape[0] : inputShape;
      return [...shape.slice(0, -1), this.units];
    }

    call(inputs) {
      return tf.tidy(() => {
        const x = Array.isArray(inputs) ? inputs[0] : inputs;
        const lead = x.shape.slice(0, -1);
        let z = tf.matMul(x.reshape([-1, x.shape[x.shape.length - 1]]), this.kernel.read());
        if (this.useBias) z = tf.add(z, this.bias.read());
        return tf.max(z.reshape([-1, this.pieces, this.units]), 1).reshape([...lead, this.units]);
      });
    }

    getConfig() {
      return {
        ...super.getConfig(),
        units: this.units,
        pieces: this.pieces,
        useBias: this.useBias,
        kernelInitializer: {
          className: this.kernelInitializer.getClassName(),
          config: this.kernelInitializer.getConfig(),
        },
        biasInitializer: {
          className: this.biasInitializer.getClassName(),
          config: this.biasInitializer.getConfig(),
        },
      };
    }
  }
  Maxout.className = 'Maxout';

  class ELU extends tf.layers.Layer {
    constructor(args = {}) {
      super(args);
      this.alpha = args.alpha === undefined ? 1 : args.alpha;
      this.supportsMasking = true;
    }

    call(inputs) {
      return tf.tidy(() => {
        const x = Array.isArray(inputs) ? inputs[0] : inputs;
        const negative = tf.mul(this.alpha, tf.sub(tf.exp(tf.minimum(x, 0)), 1));
        return tf.where(tf.greater(x, 0), x, negative);
      });
    }

    computeOutputShape(inputShape) {
      return inputShape;
    }

    getConfig() {
      return { ...super.getConfig(), alpha: this.alpha };
    }
  }
  ELU.className = 'ELU';

  tf.serialization.registerClass(Maxout);
  tf.serialization.registerClass(ELU);
}
`;
