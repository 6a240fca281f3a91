/** `verify.py` of a Keras bundle: runs build_model() on the sample inputs and compares with NeuroCanvas. */

export const VERIFY_PY = 'verify.py';

/** Keras and tfjs order float operations differently; beyond this the export is wrong, not rounded. */
export const KERAS_TOLERANCE = 1e-4;

export function verifyPy(): string {
  return `"""Checks this bundle: runs build_model() on the inputs in samples.npz and compares the
outputs with NeuroCanvas' own. Exits with 1 on a mismatch.

    python verify.py
"""
import sys
from pathlib import Path

import numpy as np

from model import build_model

SAMPLES_FILE = Path(__file__).with_name("samples.npz")
TOLERANCE = ${KERAS_TOLERANCE}


def main():
    model = build_model()
    with np.load(SAMPLES_FILE) as samples:
        count = len([name for name in samples.files if name.startswith("input_")])
        inputs = [samples[f"input_{i}"] for i in range(count)]
        expected = [samples[f"output_{i}"] for i in range(len(model.outputs))]
    predicted = model.predict(inputs if len(inputs) > 1 else inputs[0], verbose=0)
    if not isinstance(predicted, (list, tuple)):
        predicted = [predicted]
    ok = True
    for name, got, want in zip(model.output_names, predicted, expected):
        difference = float(np.max(np.abs(np.asarray(got) - want)))
        scale = max(1.0, float(np.max(np.abs(want))))
        passed = difference <= TOLERANCE * scale
        ok = ok and passed
        verdict = "" if passed else " (too large)"
        print(f"output {name}: largest difference {difference:.3g}{verdict}")
    if ok:
        print("The bundle reproduces NeuroCanvas.")
    else:
        print("The bundle does NOT reproduce NeuroCanvas.")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
`;
}
