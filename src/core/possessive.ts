/**
 * Possessive phrases folded to the short form the rules are written against. Officers write "the
 * victim's home address", "her new flat", "the IP's car"; the rules say `@POSS @POSS? @PLACE`
 * ("her flat", "IP's car"). Rather than widen every pattern, the token list drops the words that
 * only stand between: the article before a one-word possessor ("the victim's" → "victim's") and
 * describing words between a possessive and a place ("her new flat" → "her flat"). Evidence spans
 * still cover the words as written, since they come from the first and last tokens matched.
 */
import type { Token } from './segment';

export interface PossessiveWords {
  /** Possessive words as token norms ("her", "his", "'s", "ip"). */
  possessives: ReadonlySet<string>;
  /** Place words as stems ("house", "address", "work"). */
  places: ReadonlySet<string>;
  /** Words that may stand between a possessive and a place ("new", "former", "family"). */
  placeModifiers: ReadonlySet<string>;
  /** The pack's words for the victim, as token norms: "the victim" is folded to "victim". */
  victims: ReadonlySet<string>;
  /** Words that may stand between a possessive and a person ("her new boyfriend", "her best friend"). */
  personModifiers: ReadonlySet<string>;
}

/**
 * Tokens with those in-between words left out. Returns the input array itself when nothing is
 * dropped (most sentences), so the common case allocates nothing.
 */
export function foldPossessives(tokens: Token[], w: PossessiveWords): Token[] {
  let drop: Set<number> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // "the victim's", "the IP's": the article goes, the possessor and "'s" stay. So does the
    // article of "the victim" itself ("trailing the victim" reads as "trailing victim", the way
    // rules name her as an object).
    if (
      t.norm === 'the' &&
      tokens[i + 1]?.punct === '' &&
      (tokens[i + 2]?.norm === "'s" || w.victims.has(tokens[i + 1]?.norm ?? ''))
    ) {
      (drop ??= new Set()).add(i);
      continue;
    }
    if (!w.possessives.has(t.norm)) continue;
    // The last place after a run of describing words ("her former matrimonial home address").
    let place = -1;
    for (let j = i + 1; j < tokens.length && j - i <= 3; j++) {
      const m = tokens[j] as Token;
      if (!w.placeModifiers.has(m.norm)) break;
      if (tokens[j + 1] !== undefined && w.places.has((tokens[j + 1] as Token).stem)) place = j + 1;
    }
    // Only when a place follows: "her new partner" keeps "new" (it says who the partner is).
    if (place > i + 1) {
      drop ??= new Set();
      for (let k = i + 1; k < place; k++) drop.add(k);
    }
  }
  if (drop === null) return tokens;
  const kept = drop;
  return tokens.filter((_, i) => !kept.has(i));
}
