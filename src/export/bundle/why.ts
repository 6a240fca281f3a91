/**
 * Why a target cannot express a layer, by code and values (`export.why.<code>`): the English
 * reason for the command line and the bundle's errors, and the code for the interface to say the
 * same in the user's language. One catalog entry serves both.
 */
import { translate, type CodesUnder, type MessageValues } from '../../i18n';

export type UnsupportedCode = CodesUnder<'export.why.'>;

export interface UnsupportedWhy {
  code: UnsupportedCode;
  values: Record<string, string | number>;
}

export function unsupportedWhy(code: UnsupportedCode, values: MessageValues = {}): UnsupportedWhy {
  return { code, values: { ...values } };
}

/** The reason in English. */
export function whyText(why: UnsupportedWhy): string {
  return translate('en', `export.why.${why.code}`, why.values);
}

/** A layer a target cannot express, with the reason in English and by code. */
export function unsupportedLayer(layerName: string, className: string, why: UnsupportedWhy) {
  return { layerName, className, reason: whyText(why), ...why };
}
