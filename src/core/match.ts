/**
 * The compiled one-pass matcher. Every pattern of the pack (behaviour rules, their vetoes and the
 * ConText cues) is compiled once into slot lists and indexed by the token forms its first slot
 * accepts (stem, exact form, prefix). Matching walks the sentence's tokens once; at each token a
 * few hash lookups give the candidate patterns that can start there, and only those are verified
 * slot by slot. So the cost grows with the text, not with the number of rules (no regex per term).
 *
 * Pattern language (space-separated slots): `word` matches by stem; `=word` exactly; `word*` by
 * prefix; `a|b` alternatives (for one slot); `@CLASS` a lexicon word list; a trailing `?` makes a
 * slot optional; `_` is any one token; `{m,n}` is a gap of m to n tokens.
 */
import type { Token } from './segment';

type Alt =
  | { kind: 'stem'; v: string }
  | { kind: 'exact'; v: string }
  | { kind: 'prefix'; v: string }
  | { kind: 'any' };

type Slot =
  { kind: 'alts'; alts: Alt[]; optional: boolean } | { kind: 'gap'; min: number; max: number };

/** Largest gap a pattern may ask for; keeps matching linear in the sentence length. */
export const MAX_GAP = 8;

/** What is wrong with a pattern, for a message in the author's language (src/i18n). */
export type PatternProblem =
  'hyphen' | 'empty' | 'gap' | 'emptyAlternative' | 'unknownClass' | 'edgeGap' | 'noRequiredWord';

/** Thrown by {@link parsePattern} with a message a rule author can act on. */
export class PatternError extends Error {
  constructor(
    message: string,
    readonly problem: PatternProblem,
    readonly params: Readonly<Record<string, string | number>>,
  ) {
    super(message);
  }
}

/**
 * Parse one pattern into slots. Throws {@link PatternError} for an empty pattern, an unknown
 * `@CLASS`, a malformed gap, or a pattern that starts or ends with a gap or has only optional slots.
 */
export function parsePattern(
  pattern: string,
  lexicon: Readonly<Record<string, readonly string[]>>,
  stem: (w: string) => string,
): Slot[] {
  // Tokens never contain hyphens ("ex-partner" is two tokens), so neither do slots.
  const parts = pattern
    .trim()
    .split(/\s+/)
    .flatMap((p) =>
      p.includes('-') && !p.includes('|') && !p.startsWith('{') ? p.split('-') : [p],
    )
    .filter(Boolean);
  if (parts.some((p) => p.includes('-') && !p.startsWith('{'))) {
    throw new PatternError(
      `"${pattern}": write a hyphenated word as separate words, not inside alternatives`,
      'hyphen',
      { pattern },
    );
  }
  if (parts.length === 0) throw new PatternError('empty pattern', 'empty', {});
  const slots: Slot[] = [];
  for (const part of parts) {
    const gap = /^\{(\d+),(\d+)\}$/.exec(part);
    if (gap) {
      const min = Number(gap[1]);
      const max = Number(gap[2]);
      if (max < min || max > MAX_GAP)
        throw new PatternError(
          `gap ${part} in "${pattern}" must be {m,n} with m <= n <= ${MAX_GAP}`,
          'gap',
          { gap: part, pattern, max: MAX_GAP },
        );
      slots.push({ kind: 'gap', min, max });
      continue;
    }
    let body = part;
    let optional = false;
    if (body.length > 1 && body.endsWith('?')) {
      optional = true;
      body = body.slice(0, -1);
    }
    const alts: Alt[] = [];
    for (const a of body.split('|')) {
      if (!a)
        throw new PatternError(`empty alternative in "${pattern}"`, 'emptyAlternative', {
          pattern,
        });
      if (a.startsWith('@')) {
        // A class is used by many patterns: stem its words once per lexicon, not per use.
        let perLexicon = classAlts.get(lexicon);
        if (!perLexicon) classAlts.set(lexicon, (perLexicon = new Map()));
        let cached = perLexicon.get(a);
        if (!cached) {
          const words = lexicon[a.slice(1)];
          if (!words)
            throw new PatternError(`unknown class ${a} in "${pattern}"`, 'unknownClass', {
              cls: a,
              pattern,
            });
          cached = words.map((w) => parseAlt(w.toLowerCase(), stem));
          perLexicon.set(a, cached);
        }
        for (const alt of cached) alts.push(alt);
      } else alts.push(parseAlt(a.toLowerCase(), stem));
    }
    slots.push({ kind: 'alts', alts, optional });
  }
  const first = slots[0];
  const last = slots[slots.length - 1];
  if (first?.kind === 'gap' || last?.kind === 'gap')
    throw new PatternError(`"${pattern}" must not start or end with a gap`, 'edgeGap', {
      pattern,
    });
  if (slots.every((s) => s.kind === 'gap' || s.optional))
    throw new PatternError(`"${pattern}" needs at least one required word`, 'noRequiredWord', {
      pattern,
    });
  return slots;
}

/** Parsed alternatives of each `@CLASS`, per lexicon object (alts are never mutated). */
const classAlts = new WeakMap<object, Map<string, Alt[]>>();

function parseAlt(a: string, stem: (w: string) => string): Alt {
  if (a === '_') return { kind: 'any' };
  if (a.startsWith('=')) return { kind: 'exact', v: a.slice(1) };
  if (a.endsWith('*') && a.length > 1) return { kind: 'prefix', v: a.slice(0, -1) };
  return { kind: 'stem', v: stem(a) };
}

/**
 * One compiled slot: the token forms it accepts, or a gap. Stems and exact forms are kept as
 * integer ids (see {@link PatternIndex}), so verifying a slot is a short scan or one bit test.
 */
type CSlot =
  | {
      kind: 'alts';
      /** Index of this shared slot in the pattern set (for per-sentence memos). */
      uid: number;
      /** Ids of the stems accepted (distinct). */
      stemIds: Int32Array;
      /** `stemIds` as a bit set when there are many (a scan is faster for a few), else null. */
      stemBits: Uint32Array | null;
      /** Ids of the exact forms accepted (distinct). */
      exactIds: Int32Array;
      prefixes: string[];
      any: boolean;
      optional: boolean;
    }
  | { kind: 'gap'; min: number; max: number };

const SHORT_LIST = 8;

/** What one word form starts and satisfies in the index (see `PatternIndex.wordFor`). */
interface WordCandidates {
  /** The stem these were worked out for: a shorthand expansion may give a form another stem. */
  stem: string;
  sid: number;
  nid: number;
  anchors: number[];
  starts: number[];
}

/**
 * Word forms remembered by one index before the memo starts again: a long narrative uses a few
 * thousand, and each costs a few hundred bytes.
 */
const WORD_MEMO_LIMIT = 8192;

/**
 * The one empty id list every slot without stems or exact forms shares: most slots have no exact
 * forms, and a typed array costs about a hundred bytes of heap however short it is. Never written.
 */
const NO_IDS = new Int32Array(0);

/** Ids of `forms`, or the shared empty list. */
function idsOf(forms: ReadonlySet<string>, intern: (s: string) => number): Int32Array {
  return forms.size === 0 ? NO_IDS : Int32Array.from(forms, intern);
}

/** Per stem id and per exact-form id, the uids of the anchor slots that accept it. */
interface AnchorLists {
  /** Number of patterns the lists were built for. */
  size: number;
  ofStem: (number[] | undefined)[];
  ofExact: (number[] | undefined)[];
}

function compileSlot(slot: Slot, intern: (s: string) => number, uid: number): CSlot {
  if (slot.kind === 'gap') return slot;
  const stems = new Set<string>();
  const exact = new Set<string>();
  const prefixes: string[] = [];
  let any = false;
  for (const a of slot.alts) {
    if (a.kind === 'any') any = true;
    else if (a.kind === 'stem') stems.add(a.v);
    else if (a.kind === 'exact') exact.add(a.v);
    else if (!prefixes.includes(a.v)) prefixes.push(a.v);
  }
  const stemIds = idsOf(stems, intern);
  let stemBits: Uint32Array | null = null;
  if (stemIds.length > SHORT_LIST) {
    let max = 0;
    for (const id of stemIds) if (id > max) max = id;
    stemBits = new Uint32Array((max >>> 5) + 1);
    for (const id of stemIds)
      stemBits[id >>> 5] = (stemBits[id >>> 5] as number) | (1 << (id & 31));
  }
  return {
    kind: 'alts',
    uid,
    stemIds,
    stemBits,
    exactIds: idsOf(exact, intern),
    prefixes,
    any,
    optional: slot.optional,
  };
}

/** Add the ids of `list` not yet seen under `stamp` to `out`, marking them seen. */
function collect(
  list: readonly number[] | undefined,
  stamp: number,
  seenAt: Int32Array,
  out: number[],
): void {
  if (list === undefined) return;
  for (let k = 0; k < list.length; k++) {
    const id = list[k] as number;
    if (seenAt[id] !== stamp) {
      seenAt[id] = stamp;
      out.push(id);
    }
  }
}

/**
 * The first three characters of `w` (at least three long) as a map key: one small integer when
 * each is below U+0400, which spares slicing a string and hashing it at every token; else the
 * three characters themselves.
 */
function headKey(w: string): number | string {
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  const c = w.charCodeAt(2);
  return a < 1024 && b < 1024 && c < 1024 ? (a << 20) | (b << 10) | c : w.slice(0, 3);
}

/** A required slot of stems only (no exact forms, prefixes or wildcards). */
function plainWords(slot: CSlot & { kind: 'alts' }): boolean {
  return (
    !slot.optional &&
    !slot.any &&
    slot.exactIds.length === 0 &&
    slot.prefixes.length === 0 &&
    slot.stemIds.length > 0
  );
}

/**
 * The compiled pattern set. Each pattern is indexed under every token form its first required
 * slot (and any optional slots before it) accepts, so a single pass over the tokens finds the
 * few candidate patterns at each position by hash lookup; each candidate is then verified slot by
 * slot (optional slots and bounded gaps by backtracking). The index is built once per pack.
 */
export class PatternIndex {
  /**
   * `anchors: false` turns the anchor prefilter off (see `anchors` below): the same matches,
   * more slow work; the tests compare the two.
   */
  constructor(private readonly options: { anchors?: boolean } = {}) {}

  private readonly patterns: CSlot[][] = [];
  /** Every stem and exact form in the patterns, as a small integer (token forms map to -1 if absent). */
  private readonly vocab = new Map<string, number>();
  private readonly byStem: (number[] | undefined)[] = [];
  private readonly byExact: (number[] | undefined)[] = [];
  /** Prefix groups by the {@link headKey} of their first three letters; shorter prefixes by -1. */
  private readonly byPrefix = new Map<number | string, { prefix: string; ids: number[] }[]>();
  private readonly anyFirst: number[] = [];
  /** Patterns whose first two slots are plain word sets, indexed by the pair of stems. */
  private readonly byPair: (Map<number, number[]> | undefined)[] = [];

  private intern(v: string): number {
    let id = this.vocab.get(v);
    if (id === undefined) {
      id = this.vocab.size;
      this.vocab.set(v, id);
    }
    return id;
  }

  /**
   * Compiled slots shared between patterns: hundreds of patterns use the same slot ("@POSS",
   * "@PLACE"), and one copy of its id lists and bit set serves them all (slots are never mutated).
   */
  private readonly slotCache = new Map<string, CSlot>();

  private compiled(slot: Slot): CSlot {
    if (slot.kind === 'gap') return slot;
    const key = `${slot.optional ? '?' : ''}${slot.alts.map((a) => (a.kind === 'any' ? '_' : `${a.kind[0]}${a.v}`)).join('|')}`;
    let c = this.slotCache.get(key);
    if (c === undefined) {
      c = compileSlot(slot, (v) => this.intern(v), this.slotCache.size);
      this.slotCache.set(key, c);
    }
    return c;
  }

  /**
   * Per pattern, the uids of the required slots after the indexed one(s) that the sentence must
   * contain some form of ("follow* @OBJ home|back": "home" or "back"), smallest first: pattern
   * `id` has `anchorUids[anchorFrom[id]]` up to the next pattern's start. A candidate with one of
   * them nowhere in the sentence cannot match, and is skipped without walking its slots. (Two
   * flat lists: an array per pattern would cost a few hundred kilobytes of heap.)
   */
  private readonly anchorUids: number[] = [];
  private readonly anchorFrom: number[] = [];

  private addAnchors(compiled: readonly CSlot[], from: number): void {
    const anchors: (CSlot & { kind: 'alts' })[] = [];
    for (let k = from; k < compiled.length; k++) {
      const slot = compiled[k] as CSlot;
      if (slot.kind !== 'alts' || slot.optional || slot.any || slot.prefixes.length > 0) continue;
      if (slot.stemIds.length + slot.exactIds.length > 0 && !anchors.includes(slot))
        anchors.push(slot);
    }
    const size = (slot: CSlot & { kind: 'alts' }): number =>
      slot.stemIds.length + slot.exactIds.length;
    this.anchorFrom.push(this.anchorUids.length);
    if (this.options.anchors !== false)
      for (const slot of anchors.sort((x, y) => size(x) - size(y))) this.anchorUids.push(slot.uid);
  }

  /** Add one parsed pattern; returns its term id. */
  add(slots: readonly Slot[]): number {
    const id = this.patterns.length;
    const compiled = slots.map((slot) => this.compiled(slot));
    this.patterns.push(compiled);
    const [a0, b0] = compiled;
    const paired =
      a0?.kind === 'alts' &&
      b0?.kind === 'alts' &&
      plainWords(a0) &&
      plainWords(b0) &&
      a0.stemIds.length * b0.stemIds.length <= 4096;
    this.addAnchors(compiled, paired ? 2 : 1);
    const push = (lists: (number[] | undefined)[], key: number): void => {
      const list = lists[key];
      if (!list) lists[key] = [id];
      else if (list[list.length - 1] !== id) list.push(id);
    };
    const pushPair = (map: Map<number, number[]>, key: number): void => {
      const list = map.get(key);
      if (!list) map.set(key, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    };
    // Two required word slots first ("followed her", "turn up"): index by the pair, which is far
    // more selective than the first word alone ("her", "not" start dozens of patterns).
    if (paired) {
      for (const x of a0.stemIds) {
        let inner = this.byPair[x];
        if (!inner) {
          inner = new Map();
          this.byPair[x] = inner;
        }
        for (const y of b0.stemIds) pushPair(inner, y);
      }
      return id;
    }
    // Index under the first slot and, while slots are optional, the ones after it.
    for (const slot of compiled) {
      if (slot.kind === 'gap') break;
      if (slot.any) {
        if (!this.anyFirst.includes(id)) this.anyFirst.push(id);
      }
      for (const v of slot.stemIds) push(this.byStem, v);
      for (const v of slot.exactIds) push(this.byExact, v);
      for (const v of slot.prefixes) {
        // Prefixes are grouped by their first three letters: one lookup per token, not one per length.
        const head = v.length >= 3 ? headKey(v) : -1;
        let group = this.byPrefix.get(head);
        if (!group) {
          group = [];
          this.byPrefix.set(head, group);
        }
        const entry = group.find((g) => g.prefix === v);
        if (!entry) group.push({ prefix: v, ids: [id] });
        else if (entry.ids[entry.ids.length - 1] !== id) entry.ids.push(id);
      }
      if (!slot.optional) break;
    }
    return id;
  }

  get size(): number {
    return this.patterns.length;
  }

  /**
   * Every match of every term in `tokens`, as `[term, firstToken, lastToken]` triples (the
   * longest match per term and first token). Work is bounded: candidates come from hash lookups,
   * gaps are at most {@link MAX_GAP}, and a budget on verification steps caps pathological input.
   */
  matchAll(tokens: readonly Token[], budget = 200_000): number[] {
    const out: number[] = [];
    const n = tokens.length;
    // De-duplication of a word's candidates (`wordFor`) without a Set: the stamp each term was last seen at.
    if (this.seenAt.length < this.patterns.length || this.clock > 2_000_000_000) {
      this.seenAt = new Int32Array(this.patterns.length);
      this.clock = 0;
    }
    this.steps = 0;
    this.budget = budget;
    // Each token's stem and lower-case form as vocabulary ids (-1: in no pattern), looked up once.
    if (this.stemId.length < n) {
      this.stemId = new Int32Array(Math.max(64, n * 2));
      this.normId = new Int32Array(Math.max(64, n * 2));
    }
    // Which anchor slots the sentence satisfies, for the anchor test: stamped, never cleared.
    if (this.anchorLists === null || this.anchorLists.size !== this.patterns.length) {
      this.anchorLists = this.buildAnchorLists();
      this.words.clear();
    }
    if (this.anchorAt.length < this.slotCache.size)
      this.anchorAt = new Int32Array(this.slotCache.size);
    const here = ++this.sentence;
    if (this.words.size > WORD_MEMO_LIMIT) this.words.clear();
    const words: WordCandidates[] = [];
    for (let i = 0; i < n; i++) {
      const tok = tokens[i] as Token;
      let word = this.words.get(tok.norm);
      if (word?.stem !== tok.stem) {
        word = this.wordFor(tok, this.anchorLists);
        // The usual stem of a form is remembered; a shorthand expansion's own stem is not.
        if (!this.words.has(tok.norm)) this.words.set(tok.norm, word);
      }
      words.push(word);
      this.stemId[i] = word.sid;
      this.normId[i] = word.nid;
      // Mark every anchor slot this token satisfies: each anchor test is then one array read.
      for (const uid of word.anchors) this.anchorAt[uid] = here;
    }
    for (let i = 0; i < n && this.steps < budget; i++) {
      const word = words[i] as WordCandidates;
      this.tryFrom(word.starts, tokens, i, here, out);
      // Pair-indexed patterns are in no word's own list: each is tried once.
      const next = i + 1 < n ? (this.stemId[i + 1] as number) : -1;
      if (word.sid >= 0 && next >= 0)
        this.tryFrom(this.byPair[word.sid]?.get(next), tokens, i, here, out);
    }
    return out;
  }

  /** Verify the patterns `ids` from token `i`, adding each match to `out`. */
  private tryFrom(
    ids: readonly number[] | undefined,
    tokens: readonly Token[],
    i: number,
    here: number,
    out: number[],
  ): void {
    for (const id of ids ?? []) {
      const end = this.anchorFrom[id + 1] ?? this.anchorUids.length;
      let k = this.anchorFrom[id] as number;
      while (k < end && this.anchorAt[this.anchorUids[k] as number] === here) k++;
      if (k < end) continue;
      this.best = -1;
      this.visit(this.patterns[id] as CSlot[], tokens, 0, i, i);
      if (this.best >= i) out.push(id, i, this.best);
    }
  }

  /** Built on the first match, and again when patterns were added since. */
  private anchorLists: AnchorLists | null = null;

  private buildAnchorLists(): AnchorLists {
    const ofStem: (number[] | undefined)[] = [];
    const ofExact: (number[] | undefined)[] = [];
    const add = (lists: (number[] | undefined)[], v: number, uid: number): void => {
      const list = lists[v];
      if (list === undefined) lists[v] = [uid];
      else list.push(uid);
    };
    const anchors = new Set(this.anchorUids);
    for (const slot of this.slotCache.values()) {
      if (slot.kind !== 'alts' || !anchors.has(slot.uid)) continue;
      for (const v of slot.stemIds) add(ofStem, v, slot.uid);
      for (const v of slot.exactIds) add(ofExact, v, slot.uid);
    }
    return { size: this.patterns.length, ofStem, ofExact };
  }

  /**
   * What the index holds for one word form: its ids, the anchor slots it satisfies and the
   * patterns that can start at it (by stem, exact form, prefix or wildcard, in that order, each
   * once). Worked out once per form and remembered in {@link words}.
   */
  private wordFor(tok: Token, { ofStem, ofExact }: AnchorLists): WordCandidates {
    const sid = this.vocab.get(tok.stem) ?? -1;
    const nid = this.vocab.get(tok.norm) ?? -1;
    const anchors: number[] = [];
    if (sid >= 0) for (const uid of ofStem[sid] ?? []) anchors.push(uid);
    if (nid >= 0) for (const uid of ofExact[nid] ?? []) anchors.push(uid);
    const stamp = ++this.clock;
    const seenAt = this.seenAt;
    const starts: number[] = [];
    if (sid >= 0) collect(this.byStem[sid], stamp, seenAt, starts);
    if (nid >= 0) collect(this.byExact[nid], stamp, seenAt, starts);
    const norm = tok.norm;
    const group = norm.length >= 3 ? this.byPrefix.get(headKey(norm)) : undefined;
    if (group)
      for (const g of group) if (norm.startsWith(g.prefix)) collect(g.ids, stamp, seenAt, starts);
    const short = this.byPrefix.get(-1);
    if (short)
      for (const g of short) if (norm.startsWith(g.prefix)) collect(g.ids, stamp, seenAt, starts);
    collect(this.anyFirst, stamp, seenAt, starts);
    return { stem: tok.stem, sid, nid, anchors, starts };
  }

  /** Per lower-case form, what {@link wordFor} found (cleared past {@link WORD_MEMO_LIMIT}). */
  private readonly words = new Map<string, WordCandidates>();

  /** Per anchor slot uid, the stamp of the last sentence that holds a form it accepts. */
  private anchorAt = new Int32Array(0);
  private sentence = 0;
  private seenAt = new Int32Array(0);
  private stemId = new Int32Array(0);
  private normId = new Int32Array(0);
  private clock = 0;
  private steps = 0;
  private budget = 0;
  private best = -1;

  /** Depth-first over (slot, token) states of one pattern from `start`; records the furthest end. */
  private visit(
    slots: CSlot[],
    tokens: readonly Token[],
    si: number,
    ti: number,
    start: number,
  ): void {
    if (++this.steps > this.budget) return;
    if (si === slots.length) {
      if (ti - 1 > this.best && ti > start) this.best = ti - 1;
      return;
    }
    const slot = slots[si] as CSlot;
    const n = tokens.length;
    // A match never runs over a semicolon: "sought contact; her solicitors replied" is two clauses.
    if (slot.kind === 'gap') {
      for (let k = slot.min; k <= slot.max && ti + k <= n; k++) {
        if (k > 0 && ti + k - 1 > start && (tokens[ti + k - 1] as Token).punct === ';') break;
        this.visit(slots, tokens, si + 1, ti + k, start);
      }
      return;
    }
    if (slot.optional) this.visit(slots, tokens, si + 1, ti, start);
    if (
      ti < n &&
      (ti === start || (tokens[ti] as Token).punct !== ';') &&
      this.accepts(slot, tokens, ti)
    )
      this.visit(slots, tokens, si + 1, ti + 1, start);
  }

  private accepts(slot: CSlot & { kind: 'alts' }, tokens: readonly Token[], ti: number): boolean {
    if (slot.any) return true;
    const sid = this.stemId[ti] as number;
    const bits = slot.stemBits;
    if (bits !== null) {
      const w = sid >>> 5;
      if (sid >= 0 && w < bits.length && ((bits[w] as number) & (1 << (sid & 31))) !== 0)
        return true;
    } else {
      const list = slot.stemIds;
      for (let k = 0; k < list.length; k++) if (list[k] === sid) return true;
    }
    const exact = slot.exactIds;
    if (exact.length > 0) {
      const nid = this.normId[ti] as number;
      for (let k = 0; k < exact.length; k++) if (exact[k] === nid) return true;
    }
    const prefixes = slot.prefixes;
    if (prefixes.length === 0) return false;
    const norm = (tokens[ti] as Token).norm;
    for (const p of prefixes) if (norm.startsWith(p)) return true;
    return false;
  }
}
