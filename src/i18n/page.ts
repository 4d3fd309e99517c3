import type { Language } from '../config/schema';
import { send } from '../messaging/client';
import { chooseLanguage, uiLanguage } from './language';
import { useLanguage } from './tables';
import type { MessageKey } from './en';
import { t } from './runtime';

/**
 * Choose and use the language of an extension page: the `language` setting from the background's
 * merged settings (policy wins), else the browser's. English when the settings cannot be read.
 * With `title`, the page's title (its tab and window name) is worded in that language too.
 */
export async function usePageLanguage(title?: MessageKey): Promise<Language> {
  let setting: Language | null = null;
  try {
    setting = (await send('settings/get', {})).effective.language;
  } catch {
    // The page still works in the browser's language.
  }
  const language = chooseLanguage(setting, uiLanguage());
  useLanguage(language);
  if (title && globalThis.document) document.title = t(title);
  return language;
}
