/**
 * Police shorthand, read correctly. `IP` (injured party) and `VIC` become `victim`, `SUSP`, `SUS`
 * and `AP` become `suspect`, `s/m` becomes `social media`, `msgs` becomes `messages`, and so on,
 * from the pack's `shorthand` table. The expanded words keep the span of the abbreviation, so
 * evidence still points at what the officer typed.
 */
import type { ShorthandEntry } from '../rules/types';
import type { Token } from './segment';

/** Shorthand entries indexed by lower-case abbreviation. */
export type ShorthandTable = Map<string, ShorthandEntry[]>;

/** Index the pack's shorthand entries for {@link expandShorthand}. */
export function compileShorthand(entries: readonly ShorthandEntry[]): ShorthandTable {
  const table: ShorthandTable = new Map();
  for (const e of entries) {
    const key = e.abbr.toLowerCase();
    const list = table.get(key);
    if (list) list.push(e);
    else table.set(key, [e]);
  }
  return table;
}

/**
 * Replace shorthand tokens by their expansions (each new token has the abbreviation's span), and
 * split other `a/b` tokens into their parts. Returns a new array; input tokens are not changed.
 */
export function expandShorthand(
  tokens: readonly Token[],
  table: ShorthandTable,
  stem: (w: string) => string,
): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const entries = table.get(tok.norm);
    let expansion: string | null = null;
    if (entries) {
      const next = tokens[i + 1]?.norm;
      for (const e of entries) {
        if (e.caseSensitive && tok.raw !== e.abbr) continue;
        if (next !== undefined && e.notBefore?.includes(next)) continue;
        if (e.onlyBefore !== undefined && (next === undefined || !e.onlyBefore.includes(next)))
          continue;
        if (e.midClause === true && (next === undefined || tokens[i + 1]?.punct !== '')) continue;
        expansion = e.expansion;
        break;
      }
    }
    if (expansion !== null) {
      let first = true;
      for (const w of expansion.split(' ')) {
        if (!w) continue;
        out.push({
          ...tok,
          norm: w,
          stem: stem(w),
          punct: first ? tok.punct : '',
          cap: first && tok.cap,
          quotes: first ? tok.quotes : 0,
        });
        first = false;
      }
      continue;
    }
    const slash = tok.norm.indexOf('/');
    if (slash > 0) {
      out.push({
        ...tok,
        e: tok.s + slash,
        raw: tok.raw.slice(0, slash),
        norm: tok.norm.slice(0, slash),
        stem: stem(tok.norm.slice(0, slash)),
      });
      const rest = tok.norm.slice(slash + 1);
      out.push({
        s: tok.s + slash + 1,
        e: tok.e,
        raw: tok.raw.slice(slash + 1),
        norm: rest,
        stem: stem(rest),
        punct: '',
        cap: false,
        quotes: 0,
      });
      continue;
    }
    out.push(tok);
  }
  return out;
}
