/**
 * `verify.py` of an ONNX bundle. onnx.checker is what any ONNX tool applies first, so it always
 * runs; comparing outputs needs a runtime, and onnxruntime is the common one in Python. Without it
 * the script says how to get it (or how to use verify.mjs instead) rather than failing.
 */
import { VERIFY_TOLERANCE } from './verifyMjs';

export const VERIFY_PY = 'verify.py';

export function verifyPy(): string {
  return `"""Checks this bundle.

1. model.onnx must pass onnx.checker (the full check, with shape inference).
2. If onnxruntime is installed, the model runs on the inputs in samples.npz
   and its outputs must match NeuroCanvas' outputs stored there.

    pip install onnx numpy onnxruntime
    python verify.py

samples.npz holds input_0, input_1, ... and output_0, output_1, ...,
float32 in NeuroCanvas' layout (channels-last, batch first), which is also
the layout of model.onnx. Exits with 1 when a check fails.
"""
import os
import sys

import numpy as np
import onnx

TOLERANCE = ${VERIFY_TOLERANCE}
FOLDER = os.path.dirname(os.path.abspath(__file__))
MODEL = os.path.join(FOLDER, "model.onnx")
SAMPLES = os.path.join(FOLDER, "samples.npz")


def check_model():
    model = onnx.load(MODEL)
    onnx.checker.check_model(model, full_check=True)
    opset = max(
        o.version for o in model.opset_import if o.domain in ("", "ai.onnx")
    )
    print(
        f"onnx.checker: model.onnx is valid "
        f"(IR version {model.ir_version}, opset {opset})."
    )


def compare_outputs(onnxruntime):
    session = onnxruntime.InferenceSession(
        MODEL, providers=["CPUExecutionProvider"]
    )
    inputs = session.get_inputs()
    outputs = session.get_outputs()
    with np.load(SAMPLES) as samples:
        feeds = {v.name: samples[f"input_{i}"] for i, v in enumerate(inputs)}
        expected = [samples[f"output_{i}"] for i in range(len(outputs))]
    results = session.run(None, feeds)
    ok = True
    for value, got, want in zip(outputs, results, expected):
        if got.shape != want.shape:
            print(f"output {value.name}: shape {got.shape}, not {want.shape}")
            ok = False
            continue
        difference = np.abs(got - want)
        largest = float(difference.max()) if difference.size else 0.0
        allowed = TOLERANCE * np.maximum(1.0, np.abs(want))
        close = bool(np.all(difference <= allowed))
        verdict = "" if close else " (too large)"
        message = f"largest difference {largest:.3g}{verdict}"
        print(f"output {value.name}: {message}")
        ok = ok and close
    return ok


def main():
    try:
        check_model()
    except (
        onnx.checker.ValidationError,
        onnx.shape_inference.InferenceError,
    ) as error:
        print(f"onnx.checker: model.onnx is NOT valid: {error}")
        return 1
    try:
        import onnxruntime
    except ImportError:
        print(
            "onnxruntime is not installed, so the outputs were not compared. "
            "Install it (pip install onnxruntime) and run this again, or run: "
            "npm install onnxruntime-web && node verify.mjs"
        )
        return 0
    if compare_outputs(onnxruntime):
        print("The bundle reproduces NeuroCanvas.")
        return 0
    print("The bundle does NOT reproduce NeuroCanvas.")
    return 1


if __name__ == "__main__":
    sys.exit(main())
`;
}
