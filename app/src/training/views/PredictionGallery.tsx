/**
 * The prediction gallery: a few fixed held-out examples with the class the model gives each after
 * the latest epoch, how sure it is, and the true class; mistakes are marked. Images are drawn from
 * the same pages as the dataset preview.
 */
import { useMemo } from 'react';
import type { DatasetRef } from '../../../../src/project';
import { useT } from '../../i18n';
import type { RunState } from '../../stores/trainingReducer';
import { ExampleImage } from '../preview/ExampleImage';
import { className, featuresText } from '../preview/exampleText';
import { usePage } from '../preview/usePage';
import { useFrameTraining } from '../useFrameTraining';

const selectPredictions = (s: RunState) => s.predictions?.value ?? null;
const selectEpoch = (s: RunState) => s.predictions?.epoch ?? null;

export function PredictionGallery({ dataset }: { dataset: DatasetRef | null }) {
  const predictions = useFrameTraining(selectPredictions);
  const epoch = useFrameTraining(selectEpoch);
  const t = useT();
  // The same examples all run long: a new array only when other examples come.
  const key = predictions ? `${predictions.split} ${predictions.indices.join(',')}` : '';
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const indices = useMemo(() => (predictions ? Array.from(predictions.indices) : null), [key]);
  const state = usePage(dataset, predictions?.split ?? 'test', indices);
  if (!predictions) {
    return (
      <figure className="view view--empty" aria-label={t('training.predictions')}>
        <figcaption className="view__caption">{t('training.predictions.empty')}</figcaption>
      </figure>
    );
  }
  const page = state.kind === 'ready' ? state.page : null;
  const n = predictions.indices.length;
  const mistakes = predictions.predicted.filter((p, i) => p !== predictions.actual[i]).length;
  return (
    <figure className="view" aria-label={t('training.predictions')}>
      <figcaption className="view__caption">
        {t('training.predictions.caption', {
          count: n,
          split: predictions.split,
          epoch: String(epoch),
          mistakes,
        })}
      </figcaption>
      <ul className="gallery">
        {Array.from(predictions.indices, (index, i) => {
          const predicted = className(page, predictions.predicted[i]!);
          const actual = className(page, predictions.actual[i]!);
          const wrong = predictions.predicted[i] !== predictions.actual[i];
          const sure = Math.round(predictions.confidence[i]! * 100);
          const slot = page ? page.indices.indexOf(index) : -1;
          const text = t(wrong ? 'training.predictions.wrongItem' : 'training.predictions.item', {
            index: String(index),
            predicted,
            sure: Number.isNaN(sure) ? '?' : String(sure),
            actual,
          });
          return (
            <li
              key={index}
              className={wrong ? 'gallery__item gallery__item--wrong' : 'gallery__item'}
              aria-label={text}
              title={text}
            >
              {page && slot >= 0 ? (
                page.images ? (
                  <ExampleImage page={page} slot={slot} />
                ) : (
                  <span className="gallery__values">{featuresText(page, slot)}</span>
                )
              ) : null}
              <span className="gallery__text" aria-hidden="true">
                <span className="gallery__predicted">{predicted}</span>
                {wrong && <span className="gallery__actual">≠ {actual}</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
