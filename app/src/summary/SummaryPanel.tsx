/** A Keras-style summary: one row per layer in the order data flows, then the totals. */
import { useMemo } from 'react';
import { summarize } from '../../../src/graph/summary';
import { formatNumber } from '../../../src/layers/paramCheck';
import { formatShape } from '../../../src/layers/shape';
import { getLayer } from '../../../src/layers/registry';
import { compactNumber } from '../canvas/paramText';
import { useDocument } from '../stores/documentStore';
import { formatBytes } from './memory';
import { useModelFigures } from './useModelFigures';

export function SummaryPanel() {
  const graph = useDocument((s) => s.project.graph);
  const { analysis, memory, batchSize } = useModelFigures();
  const summary = useMemo(() => summarize(graph, analysis), [graph, analysis]);
  if (summary.layers.length === 0) {
    return <p className="summary__none">The summary of the model will appear here.</p>;
  }
  return (
    <div className="summary">
      <table className="summary__table" aria-label="Model summary">
        <thead>
          <tr>
            <th scope="col">Layer</th>
            <th scope="col">Type</th>
            <th scope="col">Output shape</th>
            <th scope="col" className="num">
              Parameters
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.layers.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              <td>{getLayer(row.type)?.label ?? row.type}</td>
              <td>{row.outputShape ? formatShape(row.outputShape) : '?'}</td>
              <td className="num">{formatNumber(row.params)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              Total ({formatNumber(summary.trainableParams)} trainable,{' '}
              {formatNumber(summary.nonTrainableParams)} non-trainable)
            </th>
            <td className="num">{formatNumber(summary.totalParams)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="summary__figures">
        {compactNumber(summary.flops)} multiply-adds per example. Training needs about{' '}
        {formatBytes(memory.total)} for a batch of {batchSize}: {formatBytes(memory.weights)} of
        weights, {formatBytes(memory.training)} of gradients and optimizer state, and{' '}
        {formatBytes(memory.activations)} of activations.
      </p>
    </div>
  );
}
