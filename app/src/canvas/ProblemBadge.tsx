/** A small mark on a node saying it has errors or warnings; the messages show on hover. */
import { useT } from '../i18n';

export function ProblemBadge({ severity, text }: { severity: 'error' | 'warning'; text: string }) {
  const t = useT();
  const count = text.split('\n').length;
  const label = t(severity === 'error' ? 'canvas.node.errors' : 'canvas.node.warnings', { count });
  return (
    <span className={`badge badge--${severity}`} role="img" aria-label={label} title={text}>
      {severity === 'error' ? '!' : '▲'}
      {count > 1 ? count : ''}
    </span>
  );
}
