/**
 * The autoencoder lesson's results: test digits above what the trained network rebuilds from
 * their two-number codes, and a grid of digits the decoder draws from points of the code plane.
 */
import type { CodeGrid, Reconstruction } from '../../../../src/lessons/autoencoderViews';
import { CODE_LAYER } from '../../../../src/lessons';
import { useLocale, useT } from '../../i18n';
import { useDocument } from '../../stores/documentStore';
import { GreyImage } from './GreyImage';
import { useAutoencoderViews, type ViewState } from './useAutoencoderViews';

const SIDE = 28;

export function AutoencoderView() {
  const t = useT();
  const project = useDocument((s) => s.project);
  const state = useAutoencoderViews(project);
  return (
    <section className="lesson-autoencoder" aria-label={t('lessons.autoencoder.title')}>
      <h3>{t('lessons.autoencoder.title')}</h3>
      <ViewContent state={state} />
    </section>
  );
}

function ViewContent({ state }: { state: ViewState }) {
  const t = useT();
  switch (state.kind) {
    case 'untrained':
      return <p>{t('lessons.autoencoder.notTrained')}</p>;
    case 'working':
      return <p role="status">{t('lessons.autoencoder.working')}</p>;
    case 'failed':
      return <p role="alert">{t('lessons.autoencoder.failed', { reason: state.reason })}</p>;
    case 'ready':
      return (
        <>
          <Reconstructions items={state.views.reconstructions} mse={state.views.mse} />
          {state.views.grid ? (
            <Grid grid={state.views.grid} />
          ) : (
            <p>{t('lessons.autoencoder.needsCode', { layer: CODE_LAYER })}</p>
          )}
        </>
      );
  }
}

function useNumber() {
  const locale = useLocale((s) => s.locale);
  return (n: number, digits = 2) =>
    n.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function Reconstructions({ items, mse }: { items: readonly Reconstruction[]; mse: number }) {
  const t = useT();
  const number = useNumber();
  const caption = t('lessons.autoencoder.reconstructions');
  return (
    <figure className="lesson-autoencoder__figure">
      <figcaption>{caption}</figcaption>
      <ul className="lesson-autoencoder__pairs" aria-label={caption}>
        {items.map((r) => {
          const label = t('lessons.autoencoder.pair', {
            index: r.index,
            x: number(r.code[0]),
            y: number(r.code[1]),
          });
          return (
            <li key={r.index} aria-label={label}>
              <GreyImage values={r.input} width={SIDE} height={SIDE} label={label} />
              <GreyImage values={r.output} width={SIDE} height={SIDE} label={label} />
            </li>
          );
        })}
      </ul>
      <p>{t('lessons.autoencoder.error', { count: items.length, mse: number(mse, 4) })}</p>
    </figure>
  );
}

function Grid({ grid }: { grid: CodeGrid }) {
  const t = useT();
  const number = useNumber();
  const caption = t('lessons.autoencoder.grid', {
    size: grid.size,
    xMin: number(grid.xs[0]!),
    xMax: number(grid.xs.at(-1)!),
    yMin: number(grid.ys.at(-1)!),
    yMax: number(grid.ys[0]!),
  });
  return (
    <figure className="lesson-autoencoder__figure">
      <figcaption>{caption}</figcaption>
      <ul
        className="lesson-autoencoder__grid"
        aria-label={caption}
        style={{ gridTemplateColumns: `repeat(${grid.size}, auto)` }}
      >
        {grid.images.map((image, i) => {
          const label = t('lessons.autoencoder.cell', {
            x: number(grid.xs[i % grid.size]!),
            y: number(grid.ys[Math.floor(i / grid.size)]!),
          });
          return (
            <li key={i}>
              <GreyImage values={image} width={SIDE} height={SIDE} label={label} />
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
