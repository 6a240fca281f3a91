/** A parameter's label and help in the interface's language. */
import type { ParamSpec } from '../../../../src/layers/params';
import { specText } from '../../../../src/layers/text/layerText';
import { useLocale } from '../../i18n';

export function useSpecText(spec: ParamSpec) {
  const locale = useLocale((s) => s.locale);
  return { locale, ...specText(locale, spec) };
}
