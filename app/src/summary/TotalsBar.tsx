/** The model's totals, always in view: parameters, FLOPs, memory per batch, and problem counts. */
import { compactNumber } from '../canvas/paramText';
import { useLocale, useT } from '../i18n';
import { formatBytes } from './memory';
import { useModelFigures } from './useModelFigures';

export function TotalsBar() {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const { analysis, memory, batchSize } = useModelFigures();
  const { totals, problems } = analysis;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const count = (n: number) => n.toLocaleString(locale);
  return (
    <dl className="totals" aria-label={t('summary.totals')}>
      <div>
        <dt>{t('summary.parameters')}</dt>
        <dd>
          {count(totals.total)}
          <span className="totals__detail">
            {' '}
            {t('summary.parameterSplit', {
              trainable: count(totals.trainable),
              nonTrainable: count(totals.nonTrainable),
            })}
          </span>
        </dd>
      </div>
      <div>
        <dt>{t('summary.flops')}</dt>
        <dd title={t('summary.flopsHelp')}>
          {t('summary.perExample', { flops: compactNumber(totals.flops, locale) })}
        </dd>
      </div>
      <div>
        <dt>{t('summary.memory')}</dt>
        <dd title={t('summary.memoryHelp')}>
          {t('summary.perBatch', {
            size: formatBytes(memory.total, locale),
            batchSize: count(batchSize),
          })}
        </dd>
      </div>
      <div>
        <dt>{t('summary.problems')}</dt>
        <dd>{t('summary.problemCounts', { errors, warnings })}</dd>
      </div>
    </dl>
  );
}
