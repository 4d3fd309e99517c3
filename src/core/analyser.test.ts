import { describe, expect, it } from 'vitest';
import { analyserFor, createAnalyser } from './analyser';
import { compilePack } from './compile';
import { defaultPack } from './index';
import { splitSentences } from './segment';

// A fresh analyser (no cache, no previous text) over the pack compiled once: compiling it for
// every comparison would make the typing tests slow without testing anything more.
const compiled = compilePack(defaultPack);
const fresh = (text: string) => analyserFor(compiled).analyse(text);

const sentence = (i: number): string =>
  `On ${(i % 28) + 1} March he sent her message number ${i} and waited outside her house. `;
const narrative = (n: number): string => Array.from({ length: n }, (_, i) => sentence(i)).join('');

describe('createAnalyser', () => {
  it('reuses cached sentences after a small edit and gives the same answer as a fresh analyser', () => {
    const a = createAnalyser(defaultPack);
    const text = narrative(200);
    a.analyse(text);
    const before = a.stats.fresh;
    const edited = text + 'S';
    const incremental = a.analyse(edited);
    // Only the last sentence (and the new one) is analysed again.
    expect(a.stats.fresh - before).toBeLessThanOrEqual(2);
    expect(incremental).toEqual(fresh(edited));
  });

  it('handles edits in the middle and deletions', () => {
    const a = createAnalyser(defaultPack);
    const text = narrative(50);
    a.analyse(text);
    const mid = text.slice(0, 1000) + 'He followed her. ' + text.slice(1000);
    expect(a.analyse(mid)).toEqual(fresh(mid));
    const cut = mid.slice(0, 400);
    expect(a.analyse(cut)).toEqual(fresh(cut));
    expect(a.analyse('')).toEqual(fresh(''));
    const lead = '   X' + text;
    expect(a.analyse(lead)).toEqual(fresh(lead));
  });

  it('keeps each place of a repeated sentence apart while the text around it changes', () => {
    const a = createAnalyser(defaultPack);
    const line = 'He waited outside her house again. ';
    let text = `${line}UNITS ON SCENE. ${line}She is scared. ${line}`;
    for (const typed of ['He', ' sent', ' her', ' texts.']) {
      text += typed;
      expect(a.analyse(text)).toEqual(fresh(text));
    }
    // An edit above the repeated sentences moves every place of them.
    text = `Log. ${text}`;
    const moved = a.analyse(text);
    expect(moved).toEqual(fresh(text));
    const waits = moved.behaviours.find((b) => b.id === 'loitering_or_turning_up');
    expect(waits?.evidence.map((e) => text.slice(e.start, e.end))).toEqual(
      waits?.evidence.map((e) => e.text),
    );
  });

  it("gives a fresh analyser's answer at every character typed, findings or not", () => {
    const a = createAnalyser(defaultPack);
    let text = narrative(20);
    const typed =
      'Yesterday he parked opposite her flat for an hour, then sent her 12 texts. She is frightened';
    for (const ch of typed) {
      text += ch;
      expect(a.analyse(text)).toEqual(fresh(text));
    }
  });

  it('gathers again when a sentence at the end changes who the victim is', () => {
    const a = createAnalyser(defaultPack);
    let text = Array.from({ length: 6 }, (_, i) => `On ${i + 1} May he texted her. `).join('');
    a.analyse(text);
    // Each line gives the victim as male: by the third, "he" is the victim and the texts hers.
    for (const typed of ['IP M 30. ', 'IP M 30. ', 'IP M 30. ', 'Male caller.']) {
      text += typed;
      expect(a.analyse(text)).toEqual(fresh(text));
    }
    expect(a.analyse(text).behaviours).toEqual([]);
  });

  it('does not depend on what was analysed before', () => {
    const a = createAnalyser(defaultPack);
    a.analyse('He followed her home. She is scared.');
    const t = 'The security guard followed her to the exit.';
    expect(a.analyse(t)).toEqual(fresh(t));
  });

  it('reports the pack it was compiled from', () => {
    expect(createAnalyser(defaultPack).pack).toBe(`${defaultPack.id}@${defaultPack.version}`);
  });
});

describe('warm', () => {
  it('spreads a large first analysis over slices without changing the result', () => {
    const text = Array.from(
      { length: 400 },
      (_, i) => `On ${1 + (i % 28)} May he followed her to work, visit ${i}.`,
    ).join(' ');
    const sliced = createAnalyser(defaultPack);
    let slices = 0;
    while (!sliced.warm(text, 1)) slices++;
    expect(slices).toBeGreaterThan(0);
    const freshBefore = sliced.stats.fresh;
    const result = sliced.analyse(text);
    // Every sentence came from the cache: analyse only aggregated.
    expect(sliced.stats.fresh).toBe(freshBefore);
    expect(result).toEqual(fresh(text));
    expect(sliced.warm(text, 0)).toBe(true);
  });

  it('resolves a long text ahead while warming, so its analysis only gathers', () => {
    const text = Array.from(
      { length: 300 },
      (_, i) => `On ${1 + (i % 28)} May Dean followed her to work, visit ${i}. She was scared.`,
    ).join(' ');
    const sliced = createAnalyser(defaultPack);
    while (!sliced.warm(text, 1));
    // Every sentence in its place, the repeated "She was scared." each time.
    expect(sliced.stats.ahead).toBe([...splitSentences(text, 0)].length);
    expect(sliced.stats.ahead).toBe(600);
    expect(sliced.analyse(text)).toEqual(fresh(text));
  });

  it('gives a fresh answer when the text changes while it is warmed', () => {
    const body = Array.from(
      { length: 200 },
      (_, i) => `On ${1 + (i % 28)} May he waited outside her house, visit ${i}.`,
    ).join(' ');
    const first = `Kelly reports her ex Dean. ${body}`;
    // The change turns who "her" is: the reading of every sentence resolved ahead is stale.
    const second = `Dean reports his ex Kelly. ${body} He sent him 40 texts.`;
    const sliced = createAnalyser(defaultPack);
    for (let i = 0; i < 3; i++) sliced.warm(first, 1);
    while (!sliced.warm(first, 1));
    while (!sliced.warm(second, 1));
    expect(sliced.analyse(second)).toEqual(fresh(second));
    expect(sliced.analyse(first)).toEqual(fresh(first));
  });

  it('does no work ahead for a text warmed in one slice (typing)', () => {
    const a = createAnalyser(defaultPack);
    const text = narrative(40);
    expect(a.warm(text, 10_000)).toBe(true);
    a.analyse(text);
    expect(a.warm(`${text} He`, 10_000)).toBe(true);
    expect(a.stats.ahead).toBe(0);
  });
});
