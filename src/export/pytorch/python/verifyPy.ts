/** The bundle's verify.py: runs the model on samples.npz and compares with NeuroCanvas' outputs. */
import { permutation, type ModelPlan } from '../plan';

const perm = (rank: number, to: 'first' | 'last', layout: 'first' | 'last') =>
  rank > 1 && layout === 'first' ? `(${permutation(rank, to).join(', ')})` : 'None';

export function verifyPy(plan: ModelPlan): string {
  const inputs = plan.inputs.map((i) => perm(i.shape.length, 'first', i.layout));
  const outputs = plan.outputs.map((o) => perm(o.shape.length, 'last', o.layout));
  return `"""Checks this PyTorch model against what NeuroCanvas computed for the same inputs.

samples.npz holds input_0, input_1, … in NeuroCanvas' layout (channels-last) and NeuroCanvas'
outputs output_0, output_1, …. This script moves the inputs to PyTorch's layout, runs
build_model(), moves the outputs back and prints the largest absolute difference. It exits
with status 1 when that exceeds the tolerance.

    python verify.py
"""

import os
import sys

import numpy as np
import torch

from model import build_model

HERE = os.path.dirname(os.path.abspath(__file__))
TOLERANCE = 1e-4
# Per input: the permutation from NeuroCanvas' layout to PyTorch's (None: the same layout).
INPUT_PERMUTATIONS = [${inputs.join(', ')}]
# Per output: the permutation from PyTorch's layout back to NeuroCanvas'.
OUTPUT_PERMUTATIONS = [${outputs.join(', ')}]


def arrange(array, permutation):
    return array if permutation is None else array.permute(*permutation)


def max_differences(folder=HERE):
    """The largest absolute difference per output, between this model and NeuroCanvas."""
    with np.load(os.path.join(folder, "samples.npz")) as samples:
        inputs = [arrange(torch.from_numpy(samples[f"input_{i}"]), p)
                  for i, p in enumerate(INPUT_PERMUTATIONS)]
        expected = [samples[f"output_{i}"] for i in range(len(OUTPUT_PERMUTATIONS))]
    model = build_model(os.path.join(folder, "weights.npz"))
    with torch.no_grad():
        outputs = model(*inputs)
    if not isinstance(outputs, tuple):
        outputs = (outputs,)
    differences = []
    for i, (output, permutation, want) in enumerate(zip(outputs, OUTPUT_PERMUTATIONS, expected)):
        got = arrange(output, permutation).numpy()
        if got.shape != want.shape:
            raise ValueError(f"output {i} has shape {got.shape}, "
                             f"but NeuroCanvas' has {want.shape}")
        differences.append(float(np.abs(got - want).max()) if want.size else 0.0)
    return differences


def main():
    differences = max_differences()
    for i, difference in enumerate(differences):
        print(f"output {i}: max abs difference {difference:.3g}")
    # A NaN difference fails too: it is not <= the tolerance.
    if all(d <= TOLERANCE for d in differences):
        print(f"OK: within {TOLERANCE}")
        return 0
    print(f"FAILED: above {TOLERANCE}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
`;
}
