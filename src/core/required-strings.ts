/**
 * Required strings of a regular expression, worked out from its source: sets of strings such that
 * every match contains at least one string of each set. A sentence that misses every string of a
 * set cannot match, so the expression need not run on it (the temporal reader's gates,
 * temporal.ts). This runs where the rule pack is built, never in the page.
 *
 * The reading is conservative. Where it cannot be sure of a requirement (a class of many
 * characters, a part that may repeat zero times, a back-reference, a lookaround, which consumes
 * nothing) it asks for nothing there. `\d` is kept as the one symbol {@link DIGIT}, which the
 * gates' automaton reads as "any digit". The same approach as a trigram index's prefilter, kept to
 * what the temporal sources use: groups, alternation, classes, escapes and quantifiers.
 */

/** Stands for any digit inside a required string. */
export const DIGIT = '\u0001';

/** Largest set of exact strings kept before a part is treated as "some string". */
const EXACT_LIMIT = 48;

/**
 * What one part of an expression says: the whole, small set of strings it can match (`exact`),
 * or else the sets its every match must hit one string of (`all`, none known when empty).
 */
interface Part {
  exact: Set<string> | null;
  all: Set<string>[];
}

const NOTHING_KNOWN: Part = { exact: null, all: [] };
const EMPTY: Part = { exact: new Set(['']), all: [] };

/** The requirements of a part, each a set of strings of which a match holds one. */
function requirements(part: Part): Set<string>[] {
  if (part.exact !== null) return part.exact.has('') ? [] : [part.exact];
  return part.all;
}

/**
 * The commonest English words, as a sample of text: a required string found in it (" the ",
 * "at ", "om") turns away few sentences.
 */
const COMMON_TEXT =
  ' the of and to a in is it you that he was for on are as with his they i at be this have from or one had by not but what all were we when your can said there an each which she do how their if will up other about out many then them these so some her would make like him into time has two more no could my than first been who its now day did get come made may over ';

/** How selective a set is: none of its strings common, then its shortest string, then fewer. */
function selectivity(set: Iterable<string>): number {
  let shortest = Infinity;
  let size = 0;
  let common = false;
  for (const s of set) {
    shortest = Math.min(shortest, s.length);
    size++;
    common ||= COMMON_TEXT.includes(s);
  }
  return (common ? 0 : 1_000_000) + shortest * 1000 - size;
}

/** The most selective single requirement of a part, or null when it has none. */
function bestRequirement(part: Part): Set<string> | null {
  let best: Set<string> | null = null;
  for (const set of requirements(part))
    if (best === null || selectivity(set) > selectivity(best)) best = set;
  return best;
}

function escaped(c: string): string {
  const controls: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
  return controls[c] ?? c;
}

/**
 * The requirements of `source` (flags: only `i` changes anything, and lower-cases them). Throws on
 * syntax it does not know, so a new kind of expression is noticed where the pack is built.
 */
export function requiredStrings(source: string, flags = ''): string[][] {
  const fold = flags.includes('i');
  let p = 0;
  const literal = (c: string): Part => ({ exact: new Set([fold ? c.toLowerCase() : c]), all: [] });

  function alternation(): Part {
    const branches = [sequence()];
    while (source[p] === '|') {
      p++;
      branches.push(sequence());
    }
    if (branches.length === 1) return branches[0] as Part;
    if (branches.every((b) => b.exact !== null)) {
      const union = new Set<string>();
      for (const b of branches) for (const s of b.exact as Set<string>) union.add(s);
      if (union.size <= EXACT_LIMIT) return { exact: union, all: [] };
    }
    // A match is a match of one branch: it holds a string of that branch's best requirement.
    const union = new Set<string>();
    for (const b of branches) {
      const best = bestRequirement(b);
      if (best === null) return NOTHING_KNOWN;
      for (const s of best) union.add(s);
    }
    return { exact: null, all: [union] };
  }

  function sequence(): Part {
    // Adjacent exact parts are joined ("e" "-?" "mail" gives "email", "e-mail") while small.
    let run: Set<string> = new Set(['']);
    const all: Set<string>[] = [];
    let exact = true;
    while (p < source.length && source[p] !== '|' && source[p] !== ')') {
      const part = quantified();
      if (part.exact !== null) {
        const joined = new Set<string>();
        for (const a of run) for (const b of part.exact) joined.add(a + b);
        if (joined.size <= EXACT_LIMIT) {
          run = joined;
          continue;
        }
        if (!run.has('')) all.push(run);
        run = part.exact;
        exact = false;
        continue;
      }
      exact = false;
      if (!run.has('')) all.push(run);
      run = new Set(['']);
      all.push(...part.all);
    }
    if (exact) return { exact: run, all: [] };
    if (!run.has('')) all.push(run);
    return { exact: null, all };
  }

  function quantified(): Part {
    const part = atom();
    let min: number;
    let max: number;
    const q = source[p];
    if (q === '?') [min, max] = [0, 1];
    else if (q === '*') [min, max] = [0, Infinity];
    else if (q === '+') [min, max] = [1, Infinity];
    else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(p));
      if (m === null) return part;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      p += m[0].length - 1;
    } else return part;
    p++;
    if (source[p] === '?') p++;
    if (min === 0) {
      if (max === 1 && part.exact !== null && part.exact.size < EXACT_LIMIT)
        return { exact: new Set([...part.exact, '']), all: [] };
      return NOTHING_KNOWN;
    }
    if (min === 1 && max === 1) return part;
    // Repeated: every match holds at least one copy, so what one copy requires.
    return { exact: null, all: requirements(part) };
  }

  function group(): Part {
    p++;
    let look = false;
    if (source[p] === '?') {
      const kind = source.slice(p, p + 3);
      if (kind.startsWith('?:')) p += 2;
      else if (kind.startsWith('?=') || kind.startsWith('?!')) [p, look] = [p + 2, true];
      else if (kind === '?<=' || kind === '?<!') [p, look] = [p + 3, true];
      else if (kind.startsWith('?<')) p = source.indexOf('>', p) + 1;
      else throw new Error(`unknown group at ${p} of /${source}/`);
    }
    const inner = alternation();
    if (source[p] !== ')') throw new Error(`unclosed group at ${p} of /${source}/`);
    p++;
    // A lookaround consumes nothing: the match itself need not hold what it looks at.
    return look ? EMPTY : inner;
  }

  function characterClass(): Part {
    p++;
    const negated = source[p] === '^';
    if (negated) p++;
    const chars: string[] = [];
    let wide = negated;
    // As in JavaScript, the first "]" closes the class ("[]" is an empty class).
    while (p < source.length && source[p] !== ']') {
      let c = source[p] as string;
      p++;
      if (c === '\\') {
        const e = source[p] as string;
        p++;
        if ('dDwWsSbBpP'.includes(e)) {
          wide = true;
          if (e === 'p' || e === 'P') p = source.indexOf('}', p) + 1;
          continue;
        }
        c = escaped(e);
      }
      if (source[p] === '-' && source[p + 1] !== ']' && p + 1 < source.length) {
        p++;
        let hi = source[p] as string;
        p++;
        if (hi === '\\') {
          hi = escaped(source[p] as string);
          p++;
        }
        const [a, b] = [c.charCodeAt(0), hi.charCodeAt(0)];
        if (a === 48 && b === 57) chars.push(DIGIT);
        else if (b - a > 6) wide = true;
        else for (let k = a; k <= b; k++) chars.push(String.fromCharCode(k));
      } else chars.push(c);
    }
    p++;
    if (wide || chars.length > 6) return NOTHING_KNOWN;
    return { exact: new Set(chars.map((c) => (fold ? c.toLowerCase() : c))), all: [] };
  }

  function atom(): Part {
    const c = source[p] as string;
    if (c === '(') return group();
    if (c === '[') return characterClass();
    if (c === '^' || c === '$') {
      p++;
      return EMPTY;
    }
    if (c === '.') {
      p++;
      return NOTHING_KNOWN;
    }
    if (c !== '\\') {
      p++;
      return literal(c);
    }
    const e = source[p + 1] as string;
    p += 2;
    if (e === 'b' || e === 'B') return EMPTY;
    if (e === 'd') return { exact: new Set([DIGIT]), all: [] };
    if ('DwWsS'.includes(e) || /[1-9]/.test(e)) return NOTHING_KNOWN;
    if (e === 'k') {
      p = source.indexOf('>', p) + 1;
      return NOTHING_KNOWN;
    }
    if (e === 'p' || e === 'P') {
      p = source.indexOf('}', p) + 1;
      return NOTHING_KNOWN;
    }
    if (e === 'u' || e === 'x') {
      const width = e === 'u' ? 4 : 2;
      const code = parseInt(source.slice(p, p + width), 16);
      p += width;
      return literal(String.fromCharCode(code));
    }
    return literal(escaped(e));
  }

  const whole = alternation();
  if (p !== source.length) throw new Error(`unexpected "${source[p]}" at ${p} of /${source}/`);
  return requirements(whole).map((set) => [...set]);
}

/**
 * At most `width` characters of `s`: the first run of them that is not common text ("mum of" in
 * "mum of the "), else its end.
 */
function windowOf(s: string, width: number): string {
  if (s.length <= width) return s;
  for (let i = 0; i + width <= s.length; i++) {
    const w = s.slice(i, i + width);
    if (!COMMON_TEXT.includes(w)) return w;
  }
  return s.slice(-width);
}

/** Characters a gate string may hold: those the gates' automaton reads (temporal.ts). */
const GATE_CHARS = /[^a-z ']+/;

/**
 * The requirements of `source` as a gate for the temporal reader: sets joined by `&`, strings by
 * `|`, any digit written `\d`; '' when there is no requirement worth testing. Each string is cut
 * to a run of letters, spaces and apostrophes, the longest that is not common text (or to a digit
 * it holds), and to `width` characters of that ({@link windowOf}): any part of a required string
 * is required too, and short strings keep the automaton small. At most `most` sets are kept, the
 * most selective first ({@link selectivity}).
 */
export function gateOf(source: string, flags = '', width = 6, most = 2): string {
  const sets: string[][] = [];
  for (const set of requiredStrings(source, flags)) {
    const cut = new Set<string>();
    for (const written of set) {
      // The automaton reads every digit alike.
      const s = written.replace(/[0-9]/g, DIGIT);
      // Its pieces the automaton can read, longest first; the first that is not common text.
      const windows = s
        .split(DIGIT)
        .flatMap((x) => x.split(GATE_CHARS))
        .filter((piece) => piece.length >= 2)
        .sort((a, b) => b.length - a.length)
        .map((piece) => windowOf(piece, width));
      const chosen =
        windows.find((w) => !COMMON_TEXT.includes(w)) ??
        windows[0] ??
        (s.includes(DIGIT) ? DIGIT : '');
      if (chosen === '') {
        cut.clear();
        break;
      }
      cut.add(chosen);
    }
    if (cut.size === 0) continue;
    // A string that holds another of the set adds nothing: the other passes wherever it does.
    const list = [...cut];
    sets.push(list.filter((s) => !list.some((o) => o !== s && s.includes(o))));
  }
  sets.sort((a, b) => selectivity(b) - selectivity(a));
  return sets
    .slice(0, most)
    .map((set) => set.map((s) => (s === DIGIT ? '\\d' : s)).join('|'))
    .join('&');
}
