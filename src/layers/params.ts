/** The parameter schema of a layer type: what the inspector renders and the loader validates. */

interface BaseSpec {
  label: string;
  /** One line of help, shown beside the control. */
  help: string;
  /** Show the control only when this holds for the current values (e.g. α only for ELU). */
  visibleWhen?: (values: Readonly<Record<string, ParamValue>>) => boolean;
}

export interface IntSpec extends BaseSpec {
  kind: 'int';
  default: number;
  min: number;
  max: number;
}
export interface FloatSpec extends BaseSpec {
  kind: 'float';
  default: number;
  min: number;
  max: number;
  step?: number;
}
export interface BoolSpec extends BaseSpec {
  kind: 'bool';
  default: boolean;
}
export interface SelectOption {
  value: string;
  label: string;
}
export interface SelectSpec extends BaseSpec {
  kind: 'select';
  default: string;
  options: readonly SelectOption[];
}
export interface MultiSelectSpec extends BaseSpec {
  kind: 'multiselect';
  default: readonly string[];
  options: readonly SelectOption[];
}
/** A pair of integers such as a kernel size [3, 3]. */
export interface Int2Spec extends BaseSpec {
  kind: 'int2';
  default: readonly [number, number];
  min: number;
  max: number;
}
/** A list of positive integers such as an input shape [28, 28, 1]. */
export interface ShapeSpec extends BaseSpec {
  kind: 'shape';
  default: readonly number[];
  min: number;
  max: number;
  minLength: number;
  maxLength: number;
}

export type ParamSpec =
  IntSpec | FloatSpec | BoolSpec | SelectSpec | MultiSelectSpec | Int2Spec | ShapeSpec;

export type ParamValue = number | boolean | string | readonly number[] | readonly string[];

export type ParamSchema = Readonly<Record<string, ParamSpec>>;

type ValueOf<S extends ParamSpec> = S extends IntSpec | FloatSpec
  ? number
  : S extends BoolSpec
    ? boolean
    : S extends SelectSpec
      ? string
      : S extends MultiSelectSpec
        ? readonly string[]
        : S extends Int2Spec
          ? readonly [number, number]
          : S extends ShapeSpec
            ? readonly number[]
            : never;

/** The typed values of a schema, e.g. `{ filters: number; kernelSize: readonly [number, number] }`. */
export type ParamsOf<S extends ParamSchema> = { readonly [K in keyof S]: ValueOf<S[K]> };
