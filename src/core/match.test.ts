import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { defaultPack } from './index';
import { parsePattern, PatternError, PatternIndex } from './match';
import { splitSentences } from './segment';
import { tokenise, type Token } from './segment';
import { stem } from './stem';

const lexicon = { PLACE: ['home', 'work', 'house'], OBJ: ['her', 'me'] };

function matches(patterns: string[], text: string): string[] {
  const trie = new PatternIndex();
  for (const p of patterns) trie.add(parsePattern(p, lexicon, stem));
  const tokens = tokenise(text, stem);
  const raw = trie.matchAll(tokens);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += 3) {
    const a = tokens[raw[i + 1] as number];
    const b = tokens[raw[i + 2] as number];
    out.push(`${raw[i]}:${text.slice(a?.s, b?.e)}`);
  }
  return out;
}

describe('pattern language', () => {
  it('matches by stem, so inflections match', () => {
    expect(matches(['follow @OBJ'], 'He follows her, he followed me, following her')).toEqual([
      '0:follows her',
      '0:followed me',
      '0:following her',
    ]);
  });

  it('supports exact, prefix, alternatives, optional slots, any token and gaps', () => {
    expect(matches(['=ex partner'], 'ex partner exes partner')).toEqual(['0:ex partner']);
    expect(matches(['track* @OBJ'], 'tracking her trackers me')).toEqual([
      '0:tracking her',
      '0:trackers me',
    ]);
    expect(matches(['turn up at @PLACE|gym'], 'turned up at the gym; turned up at work')).toEqual([
      '0:turned up at work',
    ]);
    expect(matches(['turn up at the? @PLACE|gym'], 'turned up at the gym')).toEqual([
      '0:turned up at the gym',
    ]);
    expect(matches(['sat _ car'], 'sat in car')).toEqual(['0:sat in car']);
    expect(
      matches(['follow {0,4} home'], 'followed her all the way home; followed a b c d e home'),
    ).toEqual(['0:followed her all the way home']);
  });

  it('finds prefixes of any length and in any script', () => {
    // Tokens built by hand: tokenise makes words of ASCII letters only, but the matcher takes any.
    const tokens = [
      'преследует',
      'her',
      'ab',
      'me',
      'abx',
      'me',
      'at',
      'me',
      'trackers',
      'her',
    ].map((w, i): Token => ({
      s: i * 20,
      e: i * 20 + w.length,
      raw: w,
      norm: w,
      stem: stem(w),
      punct: '',
      cap: false,
      quotes: 0,
    }));
    const trie = new PatternIndex();
    for (const p of [
      'пре* @OBJ',
      'пресл* @OBJ',
      'ab* @OBJ',
      'a* @OBJ',
      'track* @OBJ',
      'trax* @OBJ',
    ])
      trie.add(parsePattern(p, lexicon, stem));
    expect(trie.matchAll(tokens)).toEqual([
      0, 0, 1, 1, 0, 1, 2, 2, 3, 3, 2, 3, 2, 4, 5, 3, 4, 5, 3, 6, 7, 4, 8, 9,
    ]);
  });

  it('matches the whole pack in one pass and reports every term', () => {
    expect(matches(['turn up', 'up at work', 'work'], 'he turned up at work')).toEqual([
      '0:turned up',
      '1:up at work',
      '2:work',
    ]);
  });

  it('rejects bad patterns with a readable reason', () => {
    expect(() => parsePattern('', lexicon, stem)).toThrow(PatternError);
    expect(() => parsePattern('@NOPE x', lexicon, stem)).toThrow(/unknown class @NOPE/);
    expect(() => parsePattern('{0,2} x', lexicon, stem)).toThrow(
      /must not start or end with a gap/,
    );
    expect(() => parsePattern('x {0,99} y', lexicon, stem)).toThrow(/gap/);
    expect(() => parsePattern('x? y?', lexicon, stem)).toThrow(/required word/);
  });

  it('stops at the budget on pathological input', () => {
    const trie = new PatternIndex();
    trie.add(parsePattern('_ {0,8} _ {0,8} _ {0,8} zzz', lexicon, stem));
    const tokens = tokenise('a '.repeat(5000), stem);
    const t0 = performance.now();
    trie.matchAll(tokens, 10_000);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('anchor prefilter', () => {
  it('finds exactly the matches of the full walk over the whole pack on corpus text', () => {
    const withAnchors = new PatternIndex();
    const without = new PatternIndex({ anchors: false });
    for (const rule of defaultPack.rules)
      for (const p of [...rule.patterns, ...(rule.unless ?? [])]) {
        withAnchors.add(parsePattern(p, defaultPack.lexicon, stem));
        without.add(parsePattern(p, defaultPack.lexicon, stem));
      }
    const dir = new URL('../../tests/corpus/dev/', import.meta.url);
    let sentences = 0;
    let found = 0;
    for (const f of readdirSync(dir))
      for (const line of readFileSync(new URL(f, dir), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const text = (JSON.parse(line) as { text: string }).text;
        for (const sp of splitSentences(text, 0)) {
          const tokens = tokenise(text.slice(sp.start, sp.end).toLowerCase(), stem);
          const a = withAnchors.matchAll(tokens);
          expect(a).toEqual(without.matchAll(tokens));
          sentences++;
          found += a.length / 3;
        }
      }
    expect(sentences).toBeGreaterThan(1000);
    expect(found).toBeGreaterThan(500);
  });
});

describe('what the index remembers of each word form', () => {
  it('gives a form read with another stem the candidates of that stem', () => {
    const index = new PatternIndex();
    index.add(parsePattern('message her', lexicon, stem));
    const typed = tokenise('msg her', stem);
    expect(index.matchAll(typed)).toEqual([]);
    // Shorthand expansion keeps the written form and gives it the stem of what it stands for.
    const expanded = typed.map((t, i) => (i === 0 ? { ...t, stem: stem('message') } : t));
    expect(index.matchAll(expanded)).toEqual([0, 0, 1]);
    expect(index.matchAll(typed)).toEqual([]);
  });

  it('starts again when patterns are added after a match', () => {
    const index = new PatternIndex();
    index.add(parsePattern('followed her', lexicon, stem));
    const tokens = tokenise('he followed her home', stem);
    expect(index.matchAll(tokens)).toEqual([0, 1, 2]);
    index.add(parsePattern('her home', lexicon, stem));
    index.add(parsePattern('followed', lexicon, stem));
    expect(index.matchAll(tokens)).toEqual([2, 1, 1, 0, 1, 2, 1, 2, 3]);
  });

  it('skips a candidate only when one of its required words is nowhere in the sentence', () => {
    const index = new PatternIndex();
    index.add(parsePattern('sent {0,3} letters to her mum', lexicon, stem));
    expect(index.matchAll(tokenise('sent two letters to her mum', stem))).toEqual([0, 0, 5]);
    expect(index.matchAll(tokenise('sent two letters to her', stem))).toEqual([]);
    // Every required word present, but not in order: walked, and no match.
    expect(index.matchAll(tokenise('mum sent her two letters to', stem))).toEqual([]);
  });
});
