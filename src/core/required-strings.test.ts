import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePack } from './compile';
import { defaultPack } from './index';
import { normalise } from './normalise';
import { DIGIT, gateOf, requiredStrings } from './required-strings';
import { splitSentences } from './segment';
import { TEMPORAL_SOURCES } from './temporal-sources';
import { passedGates, READER_IDS, reads } from './temporal';

const req = (source: string, flags = ''): string[][] =>
  requiredStrings(source, flags).map((set) => [...set].sort());

describe('requiredStrings', () => {
  it('reads literals, alternatives and optional letters as the strings they match', () => {
    expect(req('stalk')).toEqual([['stalk']]);
    expect(req('cat|dog')).toEqual([['cat', 'dog']]);
    expect(req('colou?r')).toEqual([['color', 'colour']]);
    expect(req('e-?mails?')).toEqual([['e-mail', 'e-mails', 'email', 'emails']]);
  });

  it('asks nothing of what consumes no text or may be absent', () => {
    expect(req(String.raw`\bfoo(?=bar)\b`)).toEqual([['foo']]);
    expect(req('(?<!not )sent')).toEqual([['sent']]);
    expect(req('a*b')).toEqual([['b']]);
    expect(req('(?:very )?often')).toEqual([['often', 'very often']]);
    expect(req('^$')).toEqual([]);
  });

  it('asks nothing where a part can be any text', () => {
    expect(req(String.raw`foo|\w+`)).toEqual([]);
    expect(req('[^x]+')).toEqual([]);
    expect(req('.*')).toEqual([]);
    expect(req(String.raw`(a)\1`)).toEqual([['a']]);
    expect(req('calls|')).toEqual([]);
  });

  it('keeps every requirement of a sequence, and one copy of a repeated part', () => {
    expect(req(String.raw`[a-z]+ing`)).toEqual([['ing']]);
    expect(req(String.raw`(?:ab)+\w c`)).toEqual([['ab'], [' c']]);
    expect(req(String.raw`\d{1,2} times`)).toEqual([[DIGIT], [' times']]);
    expect(req('[0-9]x')).toEqual([[`${DIGIT}x`]]);
  });

  it('lower-cases under the i flag and reads escapes as the characters they stand for', () => {
    expect(req('Stalk', 'i')).toEqual([['stalk']]);
    expect(req(String.raw`24\/7`)).toEqual([['24/7']]);
    expect(req(String.raw`\u2019s`)).toEqual([['’s']]);
  });

  it('refuses syntax it does not know rather than guess', () => {
    expect(() => requiredStrings('(?x)')).toThrow(/unknown group/);
    expect(() => requiredStrings('(abc')).toThrow(/unclosed/);
    expect(() => requiredStrings('abc)')).toThrow(/unexpected/);
  });
});

describe('gateOf', () => {
  it('cuts strings to the automaton alphabet and a few characters that are not common text', () => {
    expect(gateOf('repeatedly|constantly', '', 6)).toBe('repeat|consta');
    expect(gateOf('repeatedly|constantly', '', 4)).toBe('repe|cons');
    // "the" is a common word: the rarer part of each string is kept.
    expect(gateOf('rp = the|caller = the')).toBe('rp |caller');
    expect(gateOf(String.raw`x ?\d`)).toBe(String.raw`x |\d`);
    expect(gateOf('24/7|all the time')).toBe(String.raw`\d|all th`);
  });

  it('keeps the most selective sets and drops strings that hold another', () => {
    expect(gateOf(String.raw`\d+ (?:calls|texts)`, '', 6)).toBe(String.raw` calls| texts&\d`);
    expect(gateOf('one call|first time|once', '', 6, 1)).toBe('one ca|irst t|once');
    expect(gateOf('over|overly', '', 6)).toBe('over');
    expect(gateOf(String.raw`\w+`)).toBe('');
    // A set with a string the automaton cannot read (no letters, no digit) is no requirement.
    expect(gateOf(String.raw`\d+ x|/`)).toBe('');
  });
});

/**
 * Every sentence of the invented and public dev corpora that an expression of the temporal reader
 * matches passes that expression's gate: a gate never turns away a sentence it should let through.
 * The gates joined with hand-written ones (temporal-sources.ts) are checked as shipped.
 */
describe('the temporal reader gates, on corpus text', () => {
  it('are written as the automaton reads them', () => {
    const t = compilePack(defaultPack).temporal;
    // The expressions, then one gate for each of them.
    const expressions = t.patterns.length + READER_IDS.length;
    expect(TEMPORAL_SOURCES.length).toBe(2 * expressions);
    const gates = TEMPORAL_SOURCES.slice(expressions);
    // Strings of letters, spaces, apostrophes and digits (`\d` for any), `|` between strings and
    // `&` between sets; nothing a regular expression would read otherwise.
    const string = String.raw`(?:[a-z ']|\\d|24/7)+`;
    const gate = new RegExp(`^(?:${string}(?:[|&]${string})*)?$`);
    for (const g of gates) expect(g).toMatch(gate);
  });

  it('let through every sentence their expression matches', () => {
    const t = compilePack(defaultPack).temporal;
    const gated = READER_IDS.filter((id) => t.readerGates[id].length > 0);
    expect(gated.length).toBeGreaterThanOrEqual(9);
    let sentences = 0;
    const turnedAway = new Map<string, number>();
    let matched = 0;
    for (const dir of ['../../tests/corpus/dev/', '../../tests/corpus/public/dev/']) {
      const url = new URL(dir, import.meta.url);
      for (const f of readdirSync(url).sort())
        for (const line of readFileSync(new URL(f, url), 'utf8').split('\n')) {
          if (!line.trim()) continue;
          const text = (JSON.parse(line) as { text: string }).text;
          for (const sp of splitSentences(text, 0)) {
            const lower = normalise(text.slice(sp.start, sp.end)).text.toLowerCase();
            const passed = passedGates(lower, t);
            sentences++;
            t.patterns.forEach((p, i) => {
              p.re.lastIndex = 0;
              if (!p.re.test(lower)) return;
              matched++;
              const wanted = p.gate;
              for (let k = 0; k < wanted.length; k += 2)
                if (
                  ((passed[wanted[k] as number] as number) & (wanted[k + 1] as number)) !==
                  wanted[k + 1]
                )
                  turnedAway.set(`pattern ${i}`, (turnedAway.get(`pattern ${i}`) ?? 0) + 1);
            });
            for (const id of gated)
              if (t.readers[id].test(lower) && !reads(t, id, lower, passed))
                turnedAway.set(id, (turnedAway.get(id) ?? 0) + 1);
          }
        }
    }
    expect(sentences).toBeGreaterThan(20_000);
    expect(matched).toBeGreaterThan(5_000);
    expect(Object.fromEntries(turnedAway)).toEqual({});
  });
});

/**
 * Random expressions over a small alphabet against random strings: wherever an expression
 * matches, the string holds a string of each set it requires. The reading is checked against
 * the regular expression engine itself, not against what its author expected.
 */
describe('requiredStrings on random expressions', () => {
  it('never asks for a string that a match can do without', () => {
    let seed = 20261206;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const atoms = [
      'a',
      'b',
      'c',
      ' ',
      '1',
      '[ab]',
      '[^a]',
      '.',
      String.raw`\d`,
      String.raw`\b`,
      '^',
      '$',
    ];
    const quantifiers = ['', '', '', '?', '*', '+', '{2}', '{0,2}', '{1,3}', '+?'];
    const expression = (depth: number): string => {
      const parts: string[] = [];
      for (let k = 1 + rnd(4); k > 0; k--) {
        const roll = rnd(10);
        if (depth < 3 && roll < 2) {
          const branches = Array.from({ length: 1 + rnd(3) }, () => expression(depth + 1));
          const open = ['(?:', '(', '(?=', '(?!', '(?<=', '(?<!'][rnd(6)] as string;
          parts.push(
            `${open}${branches.join('|')})${open.length <= 3 ? (quantifiers[rnd(10)] as string) : ''}`,
          );
        } else {
          const atom = atoms[rnd(atoms.length)] as string;
          // An assertion takes no quantifier.
          const zeroWidth = atom === '^' || atom === '$' || atom === String.raw`\b`;
          parts.push(`${atom}${zeroWidth ? '' : (quantifiers[rnd(10)] as string)}`);
        }
      }
      return parts.join('');
    };
    const alphabet = 'abc 12';
    let matched = 0;
    let required = 0;
    for (let e = 0; e < 3000; e++) {
      const source = Array.from({ length: 1 + rnd(2) }, () => expression(0)).join('|');
      const re = new RegExp(source);
      const sets = requiredStrings(source).map((set) =>
        set.map(
          (s) =>
            new RegExp(
              s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(new RegExp(DIGIT, 'g'), '\\d'),
            ),
        ),
      );
      if (sets.length > 0) required++;
      for (let t = 0; t < 40; t++) {
        const text = Array.from({ length: rnd(12) }, () => alphabet[rnd(alphabet.length)]).join('');
        if (!re.test(text)) continue;
        matched++;
        for (const set of sets)
          expect(
            set.some((s) => s.test(text)),
            `/${source}/ on "${text}"`,
          ).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(20_000);
    expect(required).toBeGreaterThan(1_000);
  });
});
