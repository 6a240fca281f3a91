/**
 * The dataset preview: for 2-D sets a scatter plot of the training and test points by class, for
 * series a few examples drawn as lines, and for every set a page of training examples, each a button that makes it the probe example whose
 * activations the canvas shows (the chosen one is pressed).
 */
import { useState } from 'react';
import { datasetInfo } from '../../../../src/data/catalog';
import type { DatasetRef } from '../../../../src/project';
import { downloadNeeded, useDownloadStatus } from '../../data/downloadStatus';
import { useHost } from '../../host/hostStore';
import { useT } from '../../i18n';
import { probeFor, useProbe } from '../../stores/trainingProbe';
import { trainingController } from '../appTraining';
import { hasTwoFeatures } from '../runRequest';
import { ExampleImage } from './ExampleImage';
import { range, type ExamplePage } from './examples';
import { featuresText, labelText } from './exampleText';
import { ScatterPreview } from './ScatterPreview';
import { SeriesPreview } from './SeriesPreview';
import { isSeriesShape } from './seriesLines';
import { usePage } from './usePage';

/** Examples per page: a few rows of the panel's narrow column. */
export const PAGE_SIZE = 24;

export function DatasetPreview({ dataset }: { dataset: DatasetRef }) {
  const [paging, setPaging] = useState<{ of: DatasetRef; start: number }>({
    of: dataset,
    start: 0,
  });
  const start = paging.of === dataset ? paging.start : 0;
  const known = datasetInfo(dataset.id)?.sizes.train;
  // A dataset downloaded on first use is read only once the user has downloaded it.
  const connected = useHost((s) => s.status === 'connected');
  const needed = useDownloadStatus((s) => downloadNeeded(dataset, s.known));
  const waiting = connected ? needed : null;
  const state = usePage(waiting ? null : dataset, 'train', range(start, PAGE_SIZE));
  const total = state.kind === 'ready' ? state.page.total : known;
  const probe = useProbe((s) => probeFor(s, dataset));
  const turn = (to: number) => setPaging({ of: dataset, start: to });
  const t = useT();

  return (
    <figure className="dataset-preview" aria-label={t('training.preview')}>
      <figcaption className="dataset-preview__caption">{t('training.preview.caption')}</figcaption>
      {hasTwoFeatures(dataset.id) && <ScatterPreview dataset={dataset} />}
      {waiting && <p className="dataset-preview__note">{waiting}</p>}
      {!waiting && state.kind === 'failed' ? (
        <p className="dataset-preview__note">{state.message}</p>
      ) : null}
      {!waiting && state.kind === 'loading' ? (
        <p className="dataset-preview__note">{t('training.preview.loading')}</p>
      ) : null}
      {!waiting &&
      state.kind === 'ready' &&
      state.page.features &&
      isSeriesShape(state.page.inputShape) ? (
        <SeriesPreview page={state.page} />
      ) : null}
      {!waiting && state.kind === 'ready' ? (
        <ul className="dataset-preview__grid" aria-label={t('training.preview.examples')}>
          {Array.from(state.page.indices, (index, slot) => (
            <li key={index}>
              <ExampleButton
                page={state.page}
                slot={slot}
                pressed={probe === index}
                onChoose={() => trainingController.chooseProbe(dataset, index)}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <div className="dataset-preview__paging">
        <button
          type="button"
          disabled={start === 0}
          onClick={() => turn(Math.max(0, start - PAGE_SIZE))}
        >
          {t('training.preview.previous')}
        </button>
        <span className="dataset-preview__range">
          {total === undefined || total === 0
            ? ''
            : t('training.preview.range', {
                from: start + 1,
                to: Math.min(start + PAGE_SIZE, total),
                total,
              })}
        </span>
        <button
          type="button"
          disabled={total !== undefined && start + PAGE_SIZE >= total}
          onClick={() => turn(start + PAGE_SIZE)}
        >
          {t('training.preview.next')}
        </button>
      </div>
    </figure>
  );
}

function ExampleButton({
  page,
  slot,
  pressed,
  onChoose,
}: {
  page: ExamplePage;
  slot: number;
  pressed: boolean;
  onChoose: () => void;
}) {
  const index = page.indices[slot]!;
  const t = useT();
  const label = labelText(page, slot);
  const name = t(page.labels ? 'training.preview.exampleLabel' : 'training.preview.exampleTarget', {
    index: String(index),
    label,
  });
  return (
    <button
      type="button"
      className="example"
      aria-label={name}
      aria-pressed={pressed}
      title={pressed ? t('training.preview.probe', { name }) : name}
      onClick={onChoose}
    >
      {page.images ? (
        <ExampleImage page={page} slot={slot} />
      ) : (
        <span className="example__values">{featuresText(page, slot)}</span>
      )}
      <span className="example__label" aria-hidden="true">
        {label}
      </span>
    </button>
  );
}
