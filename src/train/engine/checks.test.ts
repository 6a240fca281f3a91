/**
 * The checks before a run send what the page needs to say them in the user's language: the value
 * of a setting out of bounds, and the id of the dataset whose shapes do not fit.
 */
import { describe, expect, it } from 'vitest';
import type { ModelOutput } from '../../compiler/toKeras';
import type { StreamSettings } from '../../protocol';
import { defaultTraining } from '../../project/training';
import { runProblem, settingsProblem, shapeProblem } from './checks';
import { cut, dataset } from './testing/datasets';

describe('the checks before a run', () => {
  it.each([
    { key: 'learningRate', value: 50, json: '50' },
    { key: 'optimizer', value: 'newton', json: '"newton"' },
    { key: 'batchSize', value: undefined, json: undefined },
  ])('sends $key = $json along with the refusal', ({ key, value, json }) => {
    const settings: Record<string, unknown> = { ...defaultTraining(), [key]: value };
    if (value === undefined) delete settings[key];
    const refusal = settingsProblem(settings as unknown as ReturnType<typeof defaultTraining>);
    expect(refusal?.code).toBe('settings-invalid');
    expect(refusal?.values?.key).toBe(key);
    expect(refusal?.values?.value).toBe(json);
  });

  it('names the dataset by id as well as by name when its shapes do not fit', async () => {
    const spiral = await dataset('spiral');
    const input = { nodeId: 'in', layerName: 'input', shape: [3] };
    const output: ModelOutput = {
      outputNodeId: 'out',
      layerName: 'out',
      shape: [2],
      loss: 'mean_squared_error',
      metrics: [],
    };
    const refusal = shapeProblem([input], [output], spiral);
    expect(refusal).toMatchObject({
      code: 'input-shape',
      values: { dataset: spiral.name, datasetId: 'spiral', datasetShape: '[2]' },
    });
    const streams = { activations: false } as StreamSettings;
    const empty = runProblem(defaultTraining(), streams, cut(spiral, 0, 0), 0, []);
    expect(empty).toMatchObject({ code: 'no-examples', values: { datasetId: 'spiral' } });
  });
});
