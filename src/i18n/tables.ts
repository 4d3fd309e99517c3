/**
 * Both message tables, for the background and the extension pages. The content script never
 * imports this: it is sent the active table with its config.
 */
import type { Language } from '../config/schema';
import type { RulePack } from '../rules/types';
import { cy } from './cy';
import { en, type Messages } from './en';
import { packMessages, ruleMessages } from './pack-messages';
import { messages, setLanguage } from './runtime';
import { CATALOGUE, type Catalogue } from '../prompts/catalogue';
import { localiseCatalogue } from './catalogue-messages';

export const TABLES: Record<Language, Messages> = { en, cy };

/**
 * The table for `language`. In English the names from `pack` replace the core pack's, so a
 * force's renamed behaviour reads the same in the panel as in its pack; Welsh names are the
 * table's own. A rule a force's pack adds has no Welsh lines: in Welsh it keeps the pack's
 * English explanation and law rather than show a message id.
 */
export function tableFor(
  language: Language,
  pack?: Pick<RulePack, 'behaviours' | 'risks' | 'words' | 'rules'>,
): Messages {
  if (!pack) return TABLES[language];
  if (language === 'cy') return { ...ruleMessages(pack), ...cy };
  return { ...en, ...packMessages(pack) };
}

/** Use `language` on an extension page: the table becomes active and the document says its language. */
export function useLanguage(
  language: Language,
  doc: Document | null = globalThis.document ?? null,
): void {
  setLanguage(language, TABLES[language]);
  if (doc) doc.documentElement.lang = language;
}

/** The prompt catalogue worded in the active language (an extension page's own copy). */
export function activeCatalogue(): Catalogue {
  return localiseCatalogue(CATALOGUE, messages() ?? {});
}
