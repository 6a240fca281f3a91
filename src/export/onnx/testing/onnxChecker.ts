/**
 * Test support: runs onnx.checker (Debian's python3-onnx) over many models in one Python process,
 * since starting Python for each would make the tests slow.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PYTHON = process.env.NEUROCANVAS_PYTHON ?? '/usr/bin/python3';

/** Null when the interpreter can import onnx, else why not. */
export function onnxPythonMissing(): string | null {
  const probe = spawnSync(PYTHON, ['-c', 'import onnx'], { encoding: 'utf8' });
  if (probe.error) return `${PYTHON} cannot be run (${probe.error.message})`;
  if (probe.status !== 0) {
    return `${PYTHON} cannot import onnx (apt-get install python3-onnx): ${probe.stderr.trim()}`;
  }
  return null;
}

/**
 * Loads each model, runs the full check (structure, then strict shape inference, which finds type
 * and rank errors between ops) and reads the opset and the inputs' and outputs' shapes back.
 */
const SCRIPT = `
import json, sys
import onnx

def dims(value):
    return [d.dim_param or d.dim_value for d in value.type.tensor_type.shape.dim]

report = {}
for path in sys.argv[1:]:
    try:
        model = onnx.load(path)
        onnx.checker.check_model(model, full_check=True)
        report[path] = {
            "error": None,
            "opset": [o.version for o in model.opset_import],
            "inputs": [[v.name, dims(v)] for v in model.graph.input],
            "outputs": [[v.name, dims(v)] for v in model.graph.output],
        }
    except Exception as err:
        report[path] = {"error": f"{type(err).__name__}: {err}"}
print(json.dumps(report))
`;

export interface CheckerResult {
  error: string | null;
  opset?: number[];
  inputs?: [string, (string | number)[]][];
  outputs?: [string, (string | number)[]][];
}

/** Checker results keyed by the names given in `models`. */
export function checkOnnxModels(
  models: ReadonlyMap<string, Uint8Array>,
): Map<string, CheckerResult> {
  const folder = mkdtempSync(join(tmpdir(), 'onnx-check-'));
  try {
    const paths = new Map<string, string>();
    [...models].forEach(([name, bytes], i) => {
      const path = join(folder, `model_${i}.onnx`);
      writeFileSync(path, bytes);
      paths.set(path, name);
    });
    const stdout = execFileSync(PYTHON, ['-c', SCRIPT, ...paths.keys()], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const report = JSON.parse(stdout) as Record<string, CheckerResult>;
    return new Map(Object.entries(report).map(([path, r]) => [paths.get(path)!, r]));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
