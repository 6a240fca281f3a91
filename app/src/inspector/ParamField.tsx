/** The control for one parameter, chosen by the kind of its spec. */
import type { ParamSpec, ParamValue } from '../../../src/layers/params';
import { BoolField, MultiSelectField, SelectField } from './fields/ChoiceFields';
import { Int2Field } from './fields/Int2Field';
import { NumberField } from './fields/NumberField';
import { ShapeField } from './fields/ShapeField';

export interface ParamFieldProps {
  id: string;
  spec: ParamSpec;
  value: ParamValue;
  onChange(value: ParamValue, typing?: boolean): void;
  onDone(): void;
  problem?: string | undefined;
  disabled?: boolean | undefined;
  /** Why a classroom lock fixes the value; the field is then read-only or disabled. */
  lock?: string | undefined;
}

export function ParamField({ spec, value, ...rest }: ParamFieldProps) {
  switch (spec.kind) {
    case 'int':
    case 'float':
      return <NumberField spec={spec} value={value as number} {...rest} />;
    case 'select':
      return <SelectField spec={spec} value={value as string} {...rest} />;
    case 'bool':
      return <BoolField spec={spec} value={value as boolean} {...rest} />;
    case 'multiselect':
      return <MultiSelectField spec={spec} value={value as readonly string[]} {...rest} />;
    case 'int2':
      return <Int2Field spec={spec} value={value as readonly [number, number]} {...rest} />;
    case 'shape':
      return <ShapeField spec={spec} value={value as readonly number[]} {...rest} />;
  }
}
