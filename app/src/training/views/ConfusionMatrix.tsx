/**
 * The latest epoch's confusion matrix as a heatmap: rows are true classes, columns predicted ones,
 * each cell shaded by its share of its row (so rare classes show as clearly as common ones) and
 * named in words, e.g. "true 3, predicted 5: 12".
 */
import type { CSSProperties } from 'react';
import { useT } from '../../i18n';
import type { RunState } from '../../stores/trainingReducer';
import { useFrameTraining } from '../useFrameTraining';

/** Beyond this many classes the cells would be too small to read; the totals are given instead. */
export const MAX_SHOWN_CLASSES = 20;

const selectConfusion = (s: RunState) => s.confusion?.value ?? null;
const selectEpoch = (s: RunState) => s.confusion?.epoch ?? null;

export function ConfusionMatrix({ classNames }: { classNames: readonly string[] | undefined }) {
  const confusion = useFrameTraining(selectConfusion);
  const epoch = useFrameTraining(selectEpoch);
  const t = useT();
  const name = (c: number) => classNames?.[c] ?? String(c);
  if (!confusion) {
    return (
      <figure className="view view--empty" aria-label={t('training.confusion')}>
        <figcaption className="view__caption">{t('training.confusion.empty')}</figcaption>
      </figure>
    );
  }
  const { size, values } = confusion;
  let right = 0;
  let total = 0;
  for (let a = 0; a < size; a++)
    for (let p = 0; p < size; p++) {
      total += values[a * size + p]!;
      if (a === p) right += values[a * size + p]!;
    }
  const counts = { epoch: String(epoch), right, total };
  if (size > MAX_SHOWN_CLASSES) {
    return (
      <figure className="view" aria-label={t('training.confusion')}>
        <figcaption className="view__caption">
          {t('training.confusion.tooLarge', { ...counts, size })}
        </figcaption>
      </figure>
    );
  }
  const classes = Array.from({ length: size }, (_, c) => c);
  return (
    <figure className="view" aria-label={t('training.confusion')}>
      <figcaption className="view__caption">{t('training.confusion.caption', counts)}</figcaption>
      <table className="confusion" style={{ '--classes': size } as CSSProperties}>
        <thead>
          <tr>
            <th scope="col" className="confusion__corner">
              <span className="confusion__axis">{t('training.confusion.axes')}</span>
            </th>
            {classes.map((p) => (
              <th key={p} scope="col">
                {name(p)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {classes.map((a) => {
            let row = 0;
            for (const p of classes) row += values[a * size + p]!;
            return (
              <tr key={a}>
                <th scope="row">{name(a)}</th>
                {classes.map((p) => {
                  const count = values[a * size + p]!;
                  const share = row > 0 ? count / row : 0;
                  const said = t('training.confusion.cell', {
                    actual: name(a),
                    predicted: name(p),
                    count: String(count),
                  });
                  return (
                    <td
                      key={p}
                      aria-label={said}
                      title={said}
                      className={
                        a === p ? 'confusion__cell confusion__cell--right' : 'confusion__cell'
                      }
                      style={{ '--share': share.toFixed(3) } as CSSProperties}
                      data-strong={share > 0.5 ? '' : undefined}
                    >
                      {count}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
