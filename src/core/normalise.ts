/**
 * Unicode normalisation that keeps offsets into the original text.
 *
 * The matcher works on a simplified copy of a sentence (curly quotes made straight, dashes and odd
 * spaces made plain, accents stripped, control and invisible characters dropped), but every
 * finding must point at the officer's own text. So each character of the copy remembers the span
 * of original UTF-16 code units it came from.
 */

/** A normalised copy of a piece of text with a map back to the original offsets. */
export interface Normalised {
  /** The normalised text. Case is kept (shorthand such as `IP` depends on it). */
  text: string;
  /** For each character of `text`, the original offset (relative to the input) it starts at. */
  starts: Uint32Array;
  /** For each character of `text`, the original offset (relative to the input) it ends at. */
  ends: Uint32Array;
}

// Why a table and not String.prototype.normalize alone: NFKC keeps curly quotes, dashes and
// zero-width characters, which are exactly what officers paste from Word and email.
const FIXED: Record<number, string> = {
  0x2018: "'",
  0x2019: "'",
  0x201a: "'",
  0x201b: "'",
  0x2032: "'",
  0x00b4: "'",
  0x0060: "'",
  0x201c: '"',
  0x201d: '"',
  0x201e: '"',
  0x201f: '"',
  0x2033: '"',
  0x00ab: '"',
  0x00bb: '"',
  0x2010: '-',
  0x2011: '-',
  0x2012: '-',
  0x2013: '-',
  0x2014: '-',
  0x2015: '-',
  0x2212: '-',
  0x2026: '...',
  0x00a0: ' ',
  0x202f: ' ',
  0x205f: ' ',
  0x3000: ' ',
  0x2028: '\n',
  0x2029: '\n',
  0x0085: '\n',
};

/** Invisible or direction-control characters: dropped so they cannot split a word. */
function isInvisible(c: number): boolean {
  return (
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) ||
    c === 0xfeff ||
    c === 0x00ad ||
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0xfe00 && c <= 0xfe0f)
  );
}

const foldCache = new Map<number, string>();

/** Compatibility-fold one BMP character: `é` → `e`, `ﬁ` → `fi`, fullwidth `Ａ` → `A`. */
function fold(c: number): string {
  const cached = foldCache.get(c);
  if (cached !== undefined) return cached;
  let out = String.fromCharCode(c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  // Anything that does not fold to something short and printable becomes a plain space.
  if (out.length === 0 || out.length > 4) out = ' ';
  if (foldCache.size < 4096) foldCache.set(c, out);
  return out;
}

// The one-to-one map of plain ASCII text, shared: views of these are handed out and never written.
let identityStarts = new Uint32Array(0);
let identityEnds = new Uint32Array(0);
function growIdentity(n: number): void {
  const size = Math.max(n, 2 * identityStarts.length, 256);
  const starts = new Uint32Array(size);
  const ends = new Uint32Array(size);
  for (let i = 0; i < size; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  identityStarts = starts;
  identityEnds = ends;
}

/**
 * Normalise `input[from, to)`. Guarantees: never throws; `starts[i] < ends[i]`, both within
 * `[0, to - from]`, and non-decreasing, so any span of the normalised text maps back to a valid,
 * non-empty span of the original.
 */
export function normalise(input: string, from = 0, to = input.length): Normalised {
  const n = Math.max(0, to - from);
  // Fast path: plain printable ASCII (most sentences) maps one to one, nothing to fold.
  let plain = true;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(from + i);
    if (c < 0x20 || c >= 0x7f || c === 0x60) {
      plain = false;
      break;
    }
  }
  if (plain) {
    if (identityStarts.length < n) growIdentity(n);
    return {
      text: input.slice(from, from + n),
      starts: identityStarts.subarray(0, n),
      ends: identityEnds.subarray(0, n),
    };
  }
  const parts: string[] = [];
  // Output is usually the same length as the input; grow if folding expands.
  let starts = new Uint32Array(n + 8);
  let ends = new Uint32Array(n + 8);
  let len = 0;
  const grow = (need: number): void => {
    if (len + need <= starts.length) return;
    const size = Math.max(starts.length * 2, len + need + 8);
    const ns = new Uint32Array(size);
    ns.set(starts);
    starts = ns;
    const ne = new Uint32Array(size);
    ne.set(ends);
    ends = ne;
  };
  const push = (s: string, a: number, b: number): void => {
    grow(s.length);
    for (let k = 0; k < s.length; k++) {
      starts[len] = a;
      ends[len] = b;
      len++;
    }
    parts.push(s);
  };
  let chunkStart = -1; // a run of plain ASCII is copied in one go
  const flush = (i: number): void => {
    if (chunkStart < 0) return;
    grow(i - chunkStart);
    for (let k = chunkStart; k < i; k++) {
      starts[len] = k;
      ends[len] = k + 1;
      len++;
    }
    parts.push(input.slice(from + chunkStart, from + i));
    chunkStart = -1;
  };
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(from + i);
    if (c >= 0x20 && c < 0x7f && c !== 0x60) {
      if (chunkStart < 0) chunkStart = i;
      continue;
    }
    flush(i);
    if (c === 0x0a || c === 0x0d || c === 0x09) {
      push(c === 0x09 ? ' ' : '\n', i, i + 1);
    } else if (c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0 && c !== 0x85)) {
      push(' ', i, i + 1);
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < n ? input.charCodeAt(from + i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        // Astral characters (emoji, rare scripts) carry no indicator words: one space for both units.
        push(' ', i, i + 2);
        i++;
      } else push(' ', i, i + 1);
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      push(' ', i, i + 1);
    } else if (isInvisible(c)) {
      // dropped
    } else {
      const f = FIXED[c];
      if (f !== undefined) push(f, i, i + 1);
      else if (c >= 0x2000 && c <= 0x200a) push(' ', i, i + 1);
      else push(fold(c), i, i + 1);
    }
  }
  flush(n);
  return { text: parts.join(''), starts: starts.subarray(0, len), ends: ends.subarray(0, len) };
}
