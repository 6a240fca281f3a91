/**
 * The latest epoch's confusion matrix as a heatmap: rows are true classes, columns predicted ones,
 * each cell shaded by its share of its row (so rare classes show as clearly as common ones) and
 * named in words, e.g. "true 3, predicted 5: 12".
 */
import type { CSSProperties } from 'react';
import type { RunState } from '../../stores/trainingReducer';
import { useFrameTraining } from '../useFrameTraining';

/** Beyond this many classes the cells would be too small to read; the totals are given instead. */
export const MAX_SHOWN_CLASSES = 20;

const selectConfusion = (s: RunState) => s.lastEpoch?.confusion ?? null;
const selectEpoch = (s: RunState) => s.lastEpoch?.epoch ?? null;

export function ConfusionMatrix({ classNames }: { classNames: readonly string[] | undefined }) {
  const confusion = useFrameTraining(selectConfusion);
  const epoch = useFrameTraining(selectEpoch);
  const name = (c: number) => classNames?.[c] ?? String(c);
  if (!confusion) {
    return (
      <figure className="view view--empty" aria-label="Confusion matrix">
        <figcaption className="view__caption">
          Confusion matrix: shown after the first epoch of a classification run.
        </figcaption>
      </figure>
    );
  }
  const { size, values } = confusion;
  let right = 0;
  let total = 0;
  for (let t = 0; t < size; t++)
    for (let p = 0; p < size; p++) {
      total += values[t * size + p]!;
      if (t === p) right += values[t * size + p]!;
    }
  const caption = `Confusion matrix, epoch ${epoch}: ${right.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} right`;
  if (size > MAX_SHOWN_CLASSES) {
    return (
      <figure className="view" aria-label="Confusion matrix">
        <figcaption className="view__caption">
          {caption}. With {size} classes the matrix is too large to show.
        </figcaption>
      </figure>
    );
  }
  const classes = Array.from({ length: size }, (_, c) => c);
  return (
    <figure className="view" aria-label="Confusion matrix">
      <figcaption className="view__caption">{caption}</figcaption>
      <table className="confusion" style={{ '--classes': size } as CSSProperties}>
        <thead>
          <tr>
            <th scope="col" className="confusion__corner">
              <span className="confusion__axis">true ↓ predicted →</span>
            </th>
            {classes.map((p) => (
              <th key={p} scope="col">
                {name(p)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {classes.map((t) => {
            let row = 0;
            for (const p of classes) row += values[t * size + p]!;
            return (
              <tr key={t}>
                <th scope="row">{name(t)}</th>
                {classes.map((p) => {
                  const count = values[t * size + p]!;
                  const share = row > 0 ? count / row : 0;
                  return (
                    <td
                      key={p}
                      aria-label={`true ${name(t)}, predicted ${name(p)}: ${count}`}
                      title={`true ${name(t)}, predicted ${name(p)}: ${count}`}
                      className={
                        t === p ? 'confusion__cell confusion__cell--right' : 'confusion__cell'
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
