/** The slope and offset of each Maxout piece, as number fields. */
import type { Piece } from '../../../../src/teaching/activations';
import { useT } from '../../i18n';

export function PieceEditor({
  pieces,
  onChange,
}: {
  pieces: readonly Piece[];
  onChange(pieces: readonly Piece[]): void;
}) {
  const t = useT();
  const set = (i: number, part: keyof Piece, text: string) => {
    const v = Number(text);
    // A half-typed number ('-', '') keeps the piece as it was until it reads as a number.
    if (text.trim() === '' || !Number.isFinite(v)) return;
    onChange(pieces.map((p, j) => (j === i ? { ...p, [part]: v } : p)));
  };
  return (
    <ol className="piece-editor">
      {pieces.map((p, i) => (
        <li key={i}>
          {t('teaching.activation.piece', { index: i + 1 })}:{' '}
          <input
            type="number"
            step={0.1}
            aria-label={t('teaching.activation.pieceW', { index: i + 1 })}
            value={p.w}
            onChange={(e) => set(i, 'w', e.target.value)}
          />
          ·x +{' '}
          <input
            type="number"
            step={0.1}
            aria-label={t('teaching.activation.pieceB', { index: i + 1 })}
            value={p.b}
            onChange={(e) => set(i, 'b', e.target.value)}
          />
        </li>
      ))}
    </ol>
  );
}
