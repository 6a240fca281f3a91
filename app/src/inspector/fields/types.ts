import type { ParamSpec, ParamValue } from '../../../../src/layers/params';

export interface FieldProps<S extends ParamSpec, V extends ParamValue> {
  id: string;
  spec: S;
  value: V;
  /** `typing` marks edits made keystroke by keystroke, which join one undo step. */
  onChange(value: V, typing?: boolean): void;
  onDone(): void;
  problem?: string | undefined;
  /** Shown but not editable, e.g. training settings while a run uses them. */
  disabled?: boolean | undefined;
  /**
   * Why a classroom lock fixes the value. The field stays readable: typed values become read-only
   * (still reached with Tab, and described by the reason), choices are disabled.
   */
  lock?: string | undefined;
}
