import { browser } from 'wxt/browser';
import type { Language } from '../config/schema';

/**
 * The language of Waymark's own text: the `language` setting when there is one (policy wins over
 * the options page, see src/config/settings.ts), otherwise the browser's UI language: Welsh for
 * any `cy` locale, English for everything else.
 */
export function chooseLanguage(
  setting: Language | null,
  browserLanguage: string | undefined,
): Language {
  if (setting) return setting;
  return /^cy(?:\b|[-_])/i.test(browserLanguage ?? '') ? 'cy' : 'en';
}

/** The browser's UI language, e.g. `cy` or `en-GB`; undefined where the browser will not say. */
export function uiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return globalThis.navigator?.language;
  }
}
