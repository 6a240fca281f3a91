/** The model's totals, always in view: parameters, FLOPs, memory per batch, and problem counts. */
import { formatNumber } from '../../../src/layers/paramCheck';
import { compactNumber } from '../canvas/paramText';
import { formatBytes } from './memory';
import { useModelFigures } from './useModelFigures';

export function TotalsBar() {
  const { analysis, memory, batchSize } = useModelFigures();
  const { totals, problems } = analysis;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return (
    <dl className="totals" aria-label="Model totals">
      <div>
        <dt>Parameters</dt>
        <dd>
          {formatNumber(totals.total)}
          <span className="totals__detail">
            {' '}
            (trainable {formatNumber(totals.trainable)}, non-trainable{' '}
            {formatNumber(totals.nonTrainable)})
          </span>
        </dd>
      </div>
      <div>
        <dt>FLOPs</dt>
        <dd title="Multiply-adds for one example">{compactNumber(totals.flops)} per example</dd>
      </div>
      <div>
        <dt>Memory</dt>
        <dd title="Weights, gradients, optimizer state and the activations kept for training">
          ≈ {formatBytes(memory.total)} per batch of {batchSize}
        </dd>
      </div>
      <div>
        <dt>Problems</dt>
        <dd>
          {errors} {errors === 1 ? 'error' : 'errors'}, {warnings}{' '}
          {warnings === 1 ? 'warning' : 'warnings'}
        </dd>
      </div>
    </dl>
  );
}
