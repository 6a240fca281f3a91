/**
 * Python definitions a generated model.py includes only when one of its layers needs them: the
 * pieces of Keras that PyTorch has no identical built-in for.
 */

export type HelperName =
  'functools' | 'hard_sigmoid' | 'average_pool_same' | 'Maxout' | 'SimpleRNN' | 'LSTM' | 'GRU';

/** Definitions in the order they are written; the recurrent classes share `KerasRecurrent`. */
const ORDER: readonly HelperName[] = [
  'hard_sigmoid',
  'average_pool_same',
  'Maxout',
  'SimpleRNN',
  'LSTM',
  'GRU',
];

const HARD_SIGMOID = `
def hard_sigmoid(x):
    """Keras' hard sigmoid, clip(0.2·x + 0.5, 0, 1); PyTorch's F.hardsigmoid uses x/6 instead."""
    return torch.clamp(0.2 * x + 0.5, 0.0, 1.0)
`;

const AVERAGE_POOL_SAME = `
def average_pool_same(x, pool, kernel_size, stride, padding):
    """Average pooling with TensorFlow's 'same' padding: padded positions are not counted."""
    ones = torch.ones_like(x[:1, :1])
    total = pool(F.pad(x, padding), kernel_size, stride)
    count = pool(F.pad(ones, padding), kernel_size, stride)
    return total / count
`;

const MAXOUT = `
class Maxout(nn.Module):
    """Maxout: y_j = max over p of (W_p·x + b_p)_j, for k pieces p.

    The Linear holds the k pieces one after another: rows p·units to p·units + units − 1
    are piece p.
    """

    def __init__(self, in_features, units, pieces, bias=True):
        super().__init__()
        self.units = units
        self.pieces = pieces
        self.linear = nn.Linear(in_features, units * pieces, bias=bias)

    def forward(self, x):
        return self.linear(x).view(-1, self.pieces, self.units).amax(dim=1)
`;

const RECURRENT_BASE = `
class KerasRecurrent(nn.Module):
    """A recurrent layer computed step by step as Keras does, on x of [batch, time, features].

    input_weights holds W for all gates side by side (plus the bias), recurrent_weights holds U,
    both in nn.Linear's [out, in] layout and in Keras' gate order. While training, dropout drops
    the same inputs at every step, and recurrent dropout the same parts of the state.
    """

    gates = 1

    def __init__(self, input_size, units, activation=torch.tanh, bias=True,
                 return_sequences=False, dropout=0.0, recurrent_dropout=0.0):
        super().__init__()
        self.units = units
        self.activation = activation
        self.return_sequences = return_sequences
        self.dropout = dropout
        self.recurrent_dropout = recurrent_dropout
        self.input_weights = nn.Linear(input_size, self.gates * units, bias=bias)
        self.recurrent_weights = nn.Linear(units, self.gates * units, bias=False)

    def mask(self, like, rate):
        """A dropout mask for one sequence, scaled by 1/(1 − rate); None when not dropping."""
        if not self.training or rate == 0:
            return None
        return F.dropout(torch.ones_like(like), p=rate, training=True)

    def forward(self, x):
        batch, steps, _ = x.shape
        state = self.initial_state(x.new_zeros(batch, self.units))
        input_mask = self.mask(x[:, 0], self.dropout)
        state_mask = self.mask(state[0], self.recurrent_dropout)
        if input_mask is not None:
            x = x * input_mask.unsqueeze(1)
        projected = self.input_weights(x)
        outputs = []
        for t in range(steps):
            h = state[0] if state_mask is None else state[0] * state_mask
            state = self.step(projected[:, t], h, state)
            outputs.append(state[0])
        return torch.stack(outputs, dim=1) if self.return_sequences else outputs[-1]

    def initial_state(self, zeros):
        return (zeros,)
`;

const SIMPLE_RNN = `
class SimpleRNN(KerasRecurrent):
    """h_t = f(W·x_t + U·h_{t−1} + b)."""

    def step(self, projected, h, state):
        return (self.activation(projected + F.linear(h, self.recurrent_weights.weight)),)
`;

const LSTM = `
class LSTM(KerasRecurrent):
    """LSTM with Keras' gate order (input, forget, cell, output) and any activations."""

    gates = 4

    def __init__(self, input_size, units, recurrent_activation=torch.sigmoid, **options):
        super().__init__(input_size, units, **options)
        self.recurrent_activation = recurrent_activation

    def initial_state(self, zeros):
        return (zeros, zeros)

    def step(self, projected, h, state):
        z = projected + F.linear(h, self.recurrent_weights.weight)
        i, f, g, o = z.chunk(4, dim=1)
        gate = self.recurrent_activation
        c = gate(f) * state[1] + gate(i) * self.activation(g)
        return (gate(o) * self.activation(c), c)
`;

const GRU = `
class GRU(KerasRecurrent):
    """GRU as Keras builds it with reset_after=False; gates in Keras' order (update z, reset r,
    candidate):

        z = σ(W_z·x + U_z·h + b_z),  r = σ(W_r·x + U_r·h + b_r)
        candidate = f(W_h·x + U_h·(r ⊙ h) + b_h),  h' = z ⊙ h + (1 − z) ⊙ candidate

    nn.GRU applies the reset gate after U_h instead, which computes something else.
    """

    gates = 3

    def __init__(self, input_size, units, recurrent_activation=torch.sigmoid, **options):
        super().__init__(input_size, units, **options)
        self.recurrent_activation = recurrent_activation

    def step(self, projected, h, state):
        u_gates, u_candidate = self.recurrent_weights.weight.split([2 * self.units, self.units])
        x_z, x_r, x_h = projected.chunk(3, dim=1)
        h_z, h_r = F.linear(h, u_gates).chunk(2, dim=1)
        z = self.recurrent_activation(x_z + h_z)
        r = self.recurrent_activation(x_r + h_r)
        candidate = self.activation(x_h + F.linear(r * h, u_candidate))
        return (z * h + (1 - z) * candidate,)
`;

const SOURCE: Record<Exclude<HelperName, 'functools'>, string> = {
  hard_sigmoid: HARD_SIGMOID,
  average_pool_same: AVERAGE_POOL_SAME,
  Maxout: MAXOUT,
  SimpleRNN: SIMPLE_RNN,
  LSTM,
  GRU,
};

/** The definitions for `names`, each once, blank-line separated as PEP 8 asks. */
export function helperSource(names: ReadonlySet<HelperName>): string[] {
  const out: string[] = [];
  const recurrent = ['SimpleRNN', 'LSTM', 'GRU'].some((n) => names.has(n as HelperName));
  for (const name of ORDER) {
    if (!names.has(name) || name === 'functools') continue;
    if (
      recurrent &&
      (name === 'SimpleRNN' || name === 'LSTM' || name === 'GRU') &&
      !out.includes(RECURRENT_BASE.trim())
    ) {
      out.push(RECURRENT_BASE.trim());
    }
    out.push(SOURCE[name].trim());
  }
  return out;
}
