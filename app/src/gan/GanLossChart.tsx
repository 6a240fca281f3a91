/** Both players' losses as training goes on: the discriminator's and the generator's. */
import { useLocale, useT } from '../i18n';
import { useTraining } from '../stores/trainingStore';
import { formatScore } from '../training/charts/scoreText';
import { lossLines } from './lossSeries';

const WIDTH = 320;
const HEIGHT = 120;

export function GanLossChart() {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const batches = useTraining((s) => s.batches);
  const lines = lossLines(batches, WIDTH, HEIGHT);
  return (
    <figure className="gan-chart" aria-label={t('gan.lossChart')} data-points={batches.length}>
      <figcaption>
        {lines.latest
          ? t('gan.loss.latest', {
              discriminator: formatScore('loss', lines.latest.discriminator, locale),
              generator: formatScore('loss', lines.latest.generator, locale),
            })
          : t('gan.loss.none')}
      </figcaption>
      <p className="gan-chart__key" aria-hidden="true">
        <span className="gan-chart__key-item gan-chart__key-item--d">
          {t('gan.loss.discriminator')}
        </span>
        <span className="gan-chart__key-item gan-chart__key-item--g">
          {t('gan.loss.generator')}
        </span>
      </p>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="gan-chart__plot" aria-hidden="true">
        <polyline className="gan-chart__line--d" points={lines.discriminator} />
        <polyline className="gan-chart__line--g" points={lines.generator} />
      </svg>
    </figure>
  );
}
