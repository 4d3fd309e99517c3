/**
 * The active message table and `t()`. The table arrives as data: the content script gets it from
 * the background with its config, extension pages load it from tables.ts. Nothing here imports a
 * table, so the content script's bundle carries no wording of its own.
 */
import type { Language } from '../config/schema';
import type { MessageKey, Messages, PluralForms } from './en';

/** A message's parameters: `{name}` in the wording is replaced by `params.name`. */
export type Params = Record<string, string | number>;

let active: { language: Language; table: Messages } | null = null;

/** Make `table` (in `language`) the one `t()` reads from. */
export function setLanguage(language: Language, table: Messages): void {
  active = { language, table };
}

/** The active language; English until a table is set. */
export function language(): Language {
  return active?.language ?? 'en';
}

/** The active table, or null before one is set. */
export function messages(): Messages | null {
  return active?.table ?? null;
}

/** Replace each `{name}` with its parameter; unknown names stay as written. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The form of a plural message for `count` under the language's plural rules. */
export function pluralForm(lang: Language, forms: PluralForms, count: number): string {
  const category = new Intl.PluralRules(lang).select(count);
  return forms[category] ?? forms.other;
}

/**
 * The active wording of `key` with its parameters filled. A plural picks its form by
 * `params.count`. A key the table lacks (no table yet) shows as the key, never as nothing.
 */
export function t(key: MessageKey, params?: Params): string {
  const entry = active?.table[key];
  if (entry === undefined) return key;
  const template =
    typeof entry === 'string'
      ? entry
      : pluralForm(active!.language, entry, Number(params?.count ?? 0));
  return format(template, params);
}

/**
 * The active wording of `key`, or `fallback` when the table has none: for a text whose English
 * comes with the data (a force pack's own rule), which must never show as its message id.
 */
export function tOr(key: string, fallback: string, params?: Params): string {
  const entry = active?.table[key as MessageKey];
  return typeof entry === 'string' ? format(entry, params) : fallback;
}

/** "a, b and c" in the active language. */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1] as string;
  // Welsh "a" becomes "ac" before a vowel ("cartref ac eglwys").
  return t(/^[aeiouwyâêîôûŵŷ]/i.test(last) ? 'list.andVowel' : 'list.and', {
    rest: items.slice(0, -1).join(', '),
    last,
  });
}

/**
 * Like `t()`, for a view that puts elements in the wording (a quote in `<q>`): the wording split
 * into text and the given parameters, in the language's order, to render as children.
 */
export function tParts<T>(
  key: MessageKey,
  params: Record<string, T | string | number>,
): (T | string)[] {
  // Each element parameter stands in the wording as a private-use mark around its name.
  const marked: Params = {};
  for (const [k, v] of Object.entries(params))
    marked[k] = typeof v === 'string' || typeof v === 'number' ? v : `\uE000${k}\uE000`;
  return t(key, marked)
    .split('\uE000')
    .map((piece, i) => (i % 2 === 1 ? (params[piece] as T) : piece))
    .filter((piece) => piece !== '');
}
