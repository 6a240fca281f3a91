/**
 * Under a control a classroom lock fixes: why it cannot be changed. The control names this line as
 * its description, so a screen reader says it on arriving there, before any attempt.
 */
import { LockIcon } from './LockIcon';
import './packs.css';

export const lockLineId = (fieldId: string) => `${fieldId}-lock`;

export function LockLine({ fieldId, text }: { fieldId: string; text: string }) {
  return (
    <p className="field__lock" id={lockLineId(fieldId)}>
      <LockIcon /> {text}
    </p>
  );
}
