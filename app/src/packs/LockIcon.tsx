/**
 * A padlock drawn in the text's colour, named for whoever cannot see it; without a name it is
 * decoration beside text that already says "locked", and assistive tech skips it.
 */
export function LockIcon({ label, title }: { label?: string; title?: string }) {
  const named =
    label === undefined ? { 'aria-hidden': true } : { role: 'img', 'aria-label': label };
  return (
    <span className="lock-icon" {...named} title={title ?? label}>
      <svg viewBox="0 0 12 14" width="11" height="13" aria-hidden="true" focusable="false">
        <path
          d="M3 6V4a3 3 0 0 1 6 0v2h1a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H2a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1zm1.5 0h3V4a1.5 1.5 0 0 0-3 0z"
          fill="currentColor"
        />
      </svg>
    </span>
  );
}
