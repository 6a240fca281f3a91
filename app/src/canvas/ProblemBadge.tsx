/** A small mark on a node saying it has errors or warnings; the messages show on hover. */
export function ProblemBadge({ severity, text }: { severity: 'error' | 'warning'; text: string }) {
  const count = text.split('\n').length;
  const noun = severity === 'error' ? 'error' : 'warning';
  const label = `${count} ${noun}${count === 1 ? '' : 's'}`;
  return (
    <span className={`badge badge--${severity}`} role="img" aria-label={label} title={text}>
      {severity === 'error' ? '!' : '▲'}
      {count > 1 ? count : ''}
    </span>
  );
}
