/** A field's label, control, help line and inline messages, tied together for assistive tech. */
import type { ReactNode } from 'react';
import { LockLine, lockLineId } from '../../packs/LockLine';

export interface FieldText {
  id: string;
  label: string;
  help: string;
  /** What is wrong with what the user typed. */
  error: string | null;
  /** A problem the analysis found with this parameter's current value. */
  problem?: string | undefined;
  /** Why the value cannot be changed (a classroom lock); said first, before the help. */
  lock?: string | undefined;
}

export const helpId = (id: string) => `${id}-help`;
export const errorId = (id: string) => `${id}-error`;

export function describedBy(text: FieldText): string {
  return [
    text.lock ? lockLineId(text.id) : null,
    helpId(text.id),
    text.error || text.problem ? errorId(text.id) : null,
  ]
    .filter(Boolean)
    .join(' ');
}

export function FieldShell({
  text,
  children,
  labelFor = true,
}: {
  text: FieldText;
  children: ReactNode;
  labelFor?: boolean;
}) {
  const message = text.error ?? text.problem;
  return (
    <div className={message ? 'field has-error' : 'field'}>
      {labelFor && (
        <label className="field__label" htmlFor={text.id}>
          {text.label}
        </label>
      )}
      {children}
      {text.lock && <LockLine fieldId={text.id} text={text.lock} />}
      {message && (
        <p className="field__error" id={errorId(text.id)}>
          {message}
        </p>
      )}
      <p className="field__help" id={helpId(text.id)}>
        {text.help}
      </p>
    </div>
  );
}
