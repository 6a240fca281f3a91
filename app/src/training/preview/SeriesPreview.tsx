/**
 * Series at a glance: the first few examples of a page whose inputs are [steps, features], each a
 * small line plot (one line per feature, each on its own scale) named with its label or target.
 */
import { useT } from '../../i18n';
import type { ExamplePage } from './examples';
import { labelText } from './exampleText';
import { MAX_SERIES_FEATURES, seriesLines } from './seriesLines';
import './seriesPreview.css';

/** Examples plotted: enough to compare a few classes, few enough to fit the narrow column. */
export const SERIES_SHOWN = 4;
const WIDTH = 200;
const HEIGHT = 48;

export function SeriesPreview({ page }: { page: ExamplePage }) {
  const t = useT();
  const [steps, features] = page.inputShape as [number, number];
  const shown = Math.min(SERIES_SHOWN, page.indices.length);
  const exampleKey = page.labels
    ? 'training.preview.exampleLabel'
    : 'training.preview.exampleTarget';
  const drawn = Math.min(features, MAX_SERIES_FEATURES);
  const featureText =
    features === 1
      ? t('training.preview.oneFeature')
      : drawn < features
        ? t('training.preview.someFeatures', { drawn, count: features })
        : t('training.preview.allFeatures', { count: features });
  return (
    <figure className="series-preview" aria-label={t('training.preview.series')}>
      <figcaption className="dataset-preview__caption">
        {t('training.preview.seriesCaption', { steps, features: featureText })}
      </figcaption>
      <ul className="series-preview__list">
        {Array.from({ length: shown }, (_, slot) => {
          const label = labelText(page, slot);
          return (
            <li key={page.indices[slot]} className="series-preview__item">
              <svg
                className="series-preview__plot"
                role="img"
                aria-label={t(exampleKey, { index: String(page.indices[slot]), label })}
                viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
                preserveAspectRatio="none"
              >
                {seriesLines(page, slot, WIDTH, HEIGHT).map((points, f) => (
                  <polyline
                    key={f}
                    className={`series-preview__line series-preview__line--${f}`}
                    points={points}
                  />
                ))}
              </svg>
              <span className="series-preview__label" aria-hidden="true">
                {label}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
