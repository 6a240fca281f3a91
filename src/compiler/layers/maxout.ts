/**
 * Maxout (Goodfellow et al., 2013) as a TensorFlow.js layer: k affine maps of the input, and for
 * every unit the largest of its k values,  y_j = max_p (x·W_p + b_p)_j.
 *
 * Weights, in the order `getWeights()` returns them:
 *   kernel [in, units·k] = [W_1 | W_2 | … | W_k], piece p owns columns p·units … p·units + units − 1;
 *   bias   [units·k]     = [b_1 | b_2 | … | b_k], laid out the same way.
 * Exporters rely on this layout, so it is part of the format.
 */
import type { LayerVariable, Tensor } from '@tensorflow/tfjs';
import { tf } from '../tf';

type LayerArgs = NonNullable<ConstructorParameters<typeof tf.layers.Layer>[0]>;
type Kwargs = Parameters<InstanceType<typeof tf.layers.Layer>['call']>[1];
type Shape = (number | null)[];
type Initializer = ReturnType<typeof tf.initializers.zeros>;
type ConfigDict = ReturnType<InstanceType<typeof tf.layers.Layer>['getConfig']>;

export interface MaxoutArgs extends LayerArgs {
  units: number;
  pieces: number;
  useBias?: boolean;
  /** A tfjs initializer, or its serialised form `{className, config}`, or a name like 'glorot_uniform'. */
  kernelInitializer?: unknown;
  biasInitializer?: unknown;
}

/** tfjs' Initializer base class; not exported by name, so found through Zeros, which extends it. */
const InitializerBase = Object.getPrototypeOf(tf.initializers.zeros().constructor) as abstract new (
  ...args: never[]
) => Initializer;

/**
 * Finds an initializer among the classes tfjs has registered for deserialisation. Names are
 * compared without case or underscores, so 'glorot_uniform', 'glorotUniform' and 'GlorotUniform'
 * all name the same class.
 */
function resolveInitializer(spec: unknown, fallback: string): Initializer {
  if (spec instanceof InitializerBase) return spec;
  let name = fallback;
  let config: Record<string, unknown> = {};
  if (typeof spec === 'string') name = spec;
  else if (spec && typeof spec === 'object') {
    const serialised = spec as { className?: unknown; config?: Record<string, unknown> | null };
    if (typeof serialised.className === 'string') name = serialised.className;
    config = serialised.config ?? {};
  }
  const key = name.toLowerCase().replace(/_/g, '');
  const map = tf.serialization.SerializationMap.getMap().classNameMap;
  const entry = Object.entries(map).find(
    ([cls, [ctor]]) => cls.toLowerCase() === key && ctor.prototype instanceof InitializerBase,
  );
  if (!entry) throw new Error(`Maxout: unknown initializer '${name}'.`);
  const [ctor, fromConfig] = entry[1];
  return fromConfig(ctor, config as never) as unknown as Initializer;
}

function serializeInitializer(init: Initializer): ConfigDict {
  return { className: init.getClassName(), config: init.getConfig() };
}

export class Maxout extends tf.layers.Layer {
  static className = 'Maxout';

  readonly units: number;
  readonly pieces: number;
  readonly useBias: boolean;
  private readonly kernelInitializer: Initializer;
  private readonly biasInitializer: Initializer;
  private kernel: LayerVariable | null = null;
  private bias: LayerVariable | null = null;

  constructor(args: MaxoutArgs) {
    super(args);
    if (!Number.isInteger(args.units) || args.units < 1) {
      throw new Error(`Maxout: units must be a positive integer, not ${args.units}.`);
    }
    if (!Number.isInteger(args.pieces) || args.pieces < 1) {
      throw new Error(`Maxout: pieces must be a positive integer, not ${args.pieces}.`);
    }
    this.units = args.units;
    this.pieces = args.pieces;
    this.useBias = args.useBias !== false;
    this.kernelInitializer = resolveInitializer(args.kernelInitializer, 'GlorotUniform');
    this.biasInitializer = resolveInitializer(args.biasInitializer, 'Zeros');
  }

  override build(inputShape: Shape | Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as Shape;
    const inDim = shape[shape.length - 1];
    if (typeof inDim !== 'number') {
      throw new Error('Maxout: the last input dimension must be known.');
    }
    const width = this.units * this.pieces;
    this.kernel = this.addWeight(
      'kernel',
      [inDim, width],
      'float32',
      this.kernelInitializer,
      undefined,
      true,
    );
    if (this.useBias) {
      this.bias = this.addWeight('bias', [width], 'float32', this.biasInitializer, undefined, true);
    }
    this.built = true;
  }

  override computeOutputShape(inputShape: Shape | Shape[]): Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as Shape;
    return [...shape.slice(0, -1), this.units];
  }

  override call(inputs: Tensor | Tensor[], _kwargs: Kwargs): Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      const lead = x.shape.slice(0, -1);
      // Affine maps of all pieces at once: [..., in] · [in, units·k] → [..., units·k].
      const flat = x.reshape([-1, x.shape[x.shape.length - 1]!]);
      let z = tf.matMul(flat, this.kernel!.read());
      if (this.bias) z = tf.add(z, this.bias.read());
      // Column p·units + j is piece p of unit j, so [k, units] splits pieces from units.
      const pieces = z.reshape([-1, this.pieces, this.units]);
      return tf.max(pieces, 1).reshape([...lead, this.units]);
    });
  }

  override getConfig(): ConfigDict {
    return {
      ...super.getConfig(),
      units: this.units,
      pieces: this.pieces,
      useBias: this.useBias,
      kernelInitializer: serializeInitializer(this.kernelInitializer),
      biasInitializer: serializeInitializer(this.biasInitializer),
    };
  }
}
