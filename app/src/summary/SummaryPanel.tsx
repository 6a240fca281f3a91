/** A Keras-style summary: one row per layer in the order data flows, then the totals. */
import { useMemo } from 'react';
import { summarize } from '../../../src/graph/summary';
import { formatShape } from '../../../src/layers/shape';
import { getLayer } from '../../../src/layers/registry';
import { compactNumber } from '../canvas/paramText';
import { useLocale, useT } from '../i18n';
import { useDocument } from '../stores/documentStore';
import { formatBytes } from './memory';
import { useModelFigures } from './useModelFigures';

export function SummaryPanel() {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const graph = useDocument((s) => s.project.graph);
  const { analysis, memory, batchSize } = useModelFigures();
  const summary = useMemo(() => summarize(graph, analysis), [graph, analysis]);
  if (summary.layers.length === 0) {
    return <p className="summary__none">{t('summary.none')}</p>;
  }
  const count = (n: number) => n.toLocaleString(locale);
  const bytes = (n: number) => formatBytes(n, locale);
  return (
    <div className="summary">
      <table className="summary__table" aria-label={t('summary.table')}>
        <thead>
          <tr>
            <th scope="col">{t('summary.layer')}</th>
            <th scope="col">{t('summary.type')}</th>
            <th scope="col">{t('summary.outputShape')}</th>
            <th scope="col" className="num">
              {t('summary.parameters')}
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.layers.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              <td>{getLayer(row.type)?.label ?? row.type}</td>
              <td>{row.outputShape ? formatShape(row.outputShape) : '?'}</td>
              <td className="num">{count(row.params)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('summary.total', {
                trainable: count(summary.trainableParams),
                nonTrainable: count(summary.nonTrainableParams),
              })}
            </th>
            <td className="num">{count(summary.totalParams)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="summary__figures">
        {t('summary.figures', {
          flops: compactNumber(summary.flops, locale),
          total: bytes(memory.total),
          batchSize: count(batchSize),
          weights: bytes(memory.weights),
          training: bytes(memory.training),
          activations: bytes(memory.activations),
        })}
      </p>
    </div>
  );
}
