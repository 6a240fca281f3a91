/** The Keras config fields SimpleRNN, LSTM and GRU share, in both directions. */
import { kerasInitializer, readActivation } from '../keras';
import type { KerasLayer } from '../definition';
import type { Refusal } from '../conv/kerasWindow';

type Config = Readonly<Record<string, unknown>>;

interface RecurrentParams {
  readonly units: number;
  readonly activation: string;
  readonly useBias: boolean;
  readonly returnSequences: boolean;
  readonly dropout: number;
  readonly recurrentDropout: number;
}

/** Keras' own default for the state-to-state weights. */
const ORTHOGONAL: KerasLayer = { class_name: 'Orthogonal', config: { gain: 1, seed: null } };

export function kerasRecurrentConfig(p: RecurrentParams): Record<string, unknown> {
  return {
    units: p.units,
    activation: p.activation,
    use_bias: p.useBias,
    kernel_initializer: kerasInitializer('glorot_uniform'),
    recurrent_initializer: ORTHOGONAL,
    bias_initializer: kerasInitializer('zeros'),
    kernel_regularizer: null,
    recurrent_regularizer: null,
    bias_regularizer: null,
    activity_regularizer: null,
    kernel_constraint: null,
    recurrent_constraint: null,
    bias_constraint: null,
    dropout: p.dropout,
    recurrent_dropout: p.recurrentDropout,
    return_sequences: p.returnSequences,
    return_state: false,
    go_backwards: false,
    stateful: false,
    unroll: false,
  };
}

/** Options that change what the layer returns or how it runs, which no parameter here expresses. */
const UNSUPPORTED_FLAGS = ['return_state', 'go_backwards', 'stateful', 'time_major'] as const;

const rate = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

export function readRecurrentBasics(c: Config): { ok: true; params: RecurrentParams } | Refusal {
  for (const flag of UNSUPPORTED_FLAGS) {
    if (c[flag] === true) return { ok: false, message: `${flag}=True is not supported` };
  }
  // Absent means Keras' default tanh; an explicit null means no activation (linear).
  const activation = readActivation(c.activation === undefined ? 'tanh' : c.activation);
  if (activation === null) {
    return { ok: false, message: `activation '${String(c.activation)}' is not supported` };
  }
  return {
    ok: true,
    params: {
      units: typeof c.units === 'number' ? c.units : 64,
      activation,
      useBias: c.use_bias !== false,
      returnSequences: c.return_sequences === true,
      dropout: rate(c.dropout),
      recurrentDropout: rate(c.recurrent_dropout),
    },
  };
}

/** 'sigmoid' or 'hard_sigmoid', written either the Keras or the tfjs way; null otherwise. */
export function readRecurrentActivation(value: unknown): string | null {
  // tfjs' own default, used when a config leaves it out, is the hard sigmoid.
  if (value === undefined || value === null) return 'hard_sigmoid';
  if (typeof value !== 'string') return null;
  const name = value.toLowerCase().replace(/_/g, '');
  if (name === 'sigmoid') return 'sigmoid';
  if (name === 'hardsigmoid') return 'hard_sigmoid';
  return null;
}
