/**
 * ConText, after Chapman et al. and medspaCy: cue phrases (triggers) modify the targets in their
 * scope. Categories: negated ("has not contacted her since"), hypothetical ("if he turns up
 * again", "stalking can include"), other_actor (fraud/business context: "claiming to be from her
 * bank"). Pseudo-triggers ("not only", "did not stop") cancel triggers they overlap; termination
 * terms ("but", "however") and clause breaks end a scope. Everything here is sentence-local, so
 * its results can be cached per sentence.
 */
import type { ContextRule } from '../rules/types';
import type { Token } from './segment';
import type { SuppressionReason } from './types';

/** A cue found in a sentence, in token positions (inclusive). */
export interface Cue {
  context: number;
  first: number;
  last: number;
}

/** The modifier that applies to a target, if any. */
export interface Modifier {
  reason: SuppressionReason;
  cue: Cue;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);

/** Default scopes in tokens, per category (NegEx uses a window of about five words). */
const DEFAULT_SCOPE: Record<string, number> = { negated: 6, hypothetical: 12, other_actor: 30 };

/** Auxiliaries that, right after "and", open a clause with a verb of its own. */
const CLAUSE_VERBS = new Set(['will', 'would', 'has', 'have', 'had', 'is', 'was', 'keeps', 'kept']);

/** Negations of a thing rather than an act ("no photo", "without a word"). */
const NOUN_NEGATIONS = new Set(['no', 'without']);

/** How far a negation reaches to the last act of a list, the one after "or". */
const NEGATED_LIST_SCOPE = 16;

/** Tokens after a target in which a negated list may still reach its "or". */
const LIST_TAIL = 12;

/**
 * A cue that reaches this far introduces examples or a list ("such as", "can include",
 * "examples given"): a colon just after it opens the list rather than a clause of its own.
 */
const LIST_CUE_SCOPE = 20;

function orAhead(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to && k < tokens.length; k++) {
    const n = (tokens[k] as Token).norm;
    if (n === 'or' || n === 'nor') return true;
  }
  return false;
}

/**
 * Does a clause break fall in tokens `(from, to]`? A break is `;`, a termination cue, or a new
 * subject pronoun that is not the cue's own subject ("if he turns up" keeps "he"; "if I did not
 * answer he would ring" ends at "he"). A negation's clause also ends at a spaced dash, at a
 * comma not followed by a list that goes on to "or", and at "and" with a verb of its own.
 */
function brokenBetween(
  tokens: readonly Token[],
  from: number,
  to: number,
  terminators: Uint8Array,
  isPerson?: (t: Token) => boolean,
  negation = false,
  opensList = false,
): boolean {
  // A cue inside brackets ends at the closing bracket: "(no contact, not to view her socials)
  // went through her videos". One before the brackets reaches past them.
  let depth = 0;
  for (let k = from + 1; k <= to; k++) {
    const t = tokens[k];
    if (t === undefined) break;
    if (terminators[k] === 1) return true;
    const p = t.punct;
    if (p === ';') return true;
    // "Examples given: flowers, msgs": the colon of a list cue opens its list, unless what
    // follows has a subject of its own ("she gave examples: he followed her home").
    if (
      p === ':' &&
      !(opensList && k <= from + 2 && !SUBJECT_PRONOUNS.has(t.norm) && isPerson?.(t) !== true)
    )
      return true;
    if (p === '(') depth++;
    else if (p === ')') {
      if (depth === 0) return true;
      depth--;
    }
    // An aside in brackets ("(as far as she knows)") does not start a clause of its own.
    if (depth > 0) continue;
    // "won't let go - calls and msgs day and night": a spaced dash closes a negation's clause.
    if (negation && p === '-') return true;
    if ((p === ',' || p === '-') && (SUBJECT_PRONOUNS.has(t.norm) || isPerson?.(t) === true))
      return true;
    // "saying he will kill himself, keeps coming into the pub": after a comma, a verb that says
    // what goes on ("keeps", "has", "was") starts a clause of its own.
    if (p === ',' && CLAUSE_VERBS.has(t.norm)) return true;
    // "not singing, just watching me", "doesn't approach, watches her": after a comma a negation
    // reaches on only through a list that goes on to "or" or "nor" ("has not called, texted or
    // emailed her").
    if (negation && p === ',' && !orAhead(tokens, k, to + LIST_TAIL)) return true;
    // "says he can't live without her and will kill himself": "and" with a verb of its own
    // starts a clause the negation does not reach.
    if (negation && k > from + 1 && tokens[k - 1]?.norm === 'and' && CLAUSE_VERBS.has(t.norm))
      return true;
    // "a profile with no photo and viewed my page": "no" and "without" deny a thing, and a
    // verb in the past after "and" is an act of its own.
    if (
      negation &&
      k > from + 1 &&
      NOUN_NEGATIONS.has(tokens[from]?.norm ?? '') &&
      tokens[k - 1]?.norm === 'and' &&
      t.norm.length > 4 &&
      t.norm.endsWith('ed')
    )
      return true;
    // A second subject starts the main clause: "if I did not answer he would ring again".
    if (k > from + 1 && SUBJECT_PRONOUNS.has(t.norm)) return true;
  }
  return false;
}

/**
 * A cue of adjacent words with punctuation inside (a cue with a gap may reach over a list).
 * `beforeLast`: also punctuation just before its last word, which a pseudo-trigger may not have
 * ("door, no damage" is not "door no") but a trigger may ("behaviour, including").
 */
function runsOverPunctuation(
  tokens: readonly Token[],
  c: Cue,
  rules: readonly ContextRule[],
  beforeLast: boolean,
): boolean {
  if (rules[c.context]?.pattern.includes('{')) return false;
  const end = beforeLast ? c.last : c.last - 1;
  for (let k = c.first + 1; k <= end; k++) if (tokens[k]?.punct) return true;
  return false;
}

/**
 * Resolve the cues of one sentence against its targets. `cues` are all context-pattern matches;
 * `targets` are `[first, last]` token ranges; `exempt(i)` lists the categories target i ignores.
 * Returns, per target, the nearest applying modifier or null. Linear in cues × targets, both
 * small per sentence.
 */
export function applyContext(
  tokens: readonly Token[],
  rules: readonly ContextRule[],
  cues: readonly Cue[],
  targets: readonly [number, number][],
  exempt: (i: number) => readonly string[] | undefined,
  isPerson?: (t: Token) => boolean,
  literalCue?: (i: number) => boolean,
): (Modifier | null)[] {
  // A pseudo-trigger of adjacent words is a phrase too: "door, no damage" is not "door no".
  const pseudo = cues.filter(
    (c) => rules[c.context]?.category === 'pseudo' && !runsOverPunctuation(tokens, c, rules, true),
  );
  const terminators = new Uint8Array(tokens.length + 1);
  for (const c of cues) if (rules[c.context]?.category === 'terminate') terminators[c.first] = 1;
  let triggers = cues.filter((c) => {
    const cat = rules[c.context]?.category;
    if (cat === 'pseudo' || cat === 'terminate' || cat === undefined) return false;
    // A cue of adjacent words is a phrase: one that runs over a comma or a stop ("IP scared,
    // he was watching") joins two clauses.
    if (runsOverPunctuation(tokens, c, rules, false)) return false;
    // A pseudo-trigger stops the cues it overlaps, but not a longer cue that holds it whole
    // ("no reason to think he was there" negates, where "for no reason" does not).
    return !pseudo.some(
      (p) =>
        p.first <= c.last &&
        c.first <= p.last &&
        !(c.first <= p.first && c.last >= p.last && c.last - c.first > p.last - p.first),
    );
  });
  // Prune a trigger that lies inside a longer one ("not" inside "has not been").
  triggers = triggers.filter(
    (c) =>
      !triggers.some(
        (o) =>
          o !== c && o.first <= c.first && o.last >= c.last && o.last - o.first > c.last - c.first,
      ),
  );
  return targets.map(([first, last], i) => {
    let best: Modifier | null = null;
    let bestDist = Infinity;
    const ex = exempt(i);
    for (const c of triggers) {
      const rule = rules[c.context] as ContextRule;
      const reason = rule.category as SuppressionReason;
      if (ex?.includes(reason)) continue;
      // A cue inside the target is part of what the rule matched ("would not leave her alone"),
      // unless the rule has no such word and the cue sits in a gap ("has no missed calls").
      if (c.first <= last && first <= c.last) {
        if (literalCue?.(i) !== false || c.first <= first) continue;
        if (bestDist > 0) {
          best = { reason, cue: c };
          bestDist = 0;
        }
        continue;
      }
      const scope = rule.maxScope ?? DEFAULT_SCOPE[reason] ?? 12;
      const dir = rule.direction ?? 'forward';
      let dist = Infinity;
      if (c.last < first && dir !== 'backward') {
        const d = first - c.last - 1;
        // The later acts of a negated list ("not followed me, come to my door, sent me
        // messages, threatened me or damaged anything") are as far from the cue as the list is
        // long: the act after its "or", and those before an "or" still to come.
        const before = tokens[first - 1]?.norm;
        const reach =
          reason === 'negated' &&
          (before === 'or' || before === 'nor' || orAhead(tokens, first, first + LIST_TAIL))
            ? NEGATED_LIST_SCOPE
            : scope;
        if (
          d <= reach &&
          !brokenBetween(
            tokens,
            c.last,
            first,
            terminators,
            isPerson,
            reason === 'negated',
            scope >= LIST_CUE_SCOPE,
          )
        )
          dist = d;
      } else if (c.first > last && dir !== 'forward') {
        const d = c.first - last - 1;
        if (
          d <= scope &&
          !brokenBetween(tokens, last, c.first, terminators, isPerson, reason === 'negated')
        )
          dist = d;
      }
      if (dist < bestDist) {
        bestDist = dist;
        best = { reason, cue: c };
      }
    }
    return best;
  });
}
