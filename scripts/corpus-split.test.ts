import { describe, expect, it } from 'vitest';
import { groupCases, placeYear, sourceKey, splitOf, type Item } from './corpus-split';

const item = (id: string, c: string, url: string): Item => ({ id, case: c, source_url: url });

describe('corpus split by source case', () => {
  it('reads the same source however its address is written', () => {
    expect(sourceKey('https://www.example.org/news/a-case/?utm=1')).toBe('example.org/news/a-case');
    expect(sourceKey('http://amp.example.org/news/a-case#top')).toBe('example.org/news/a-case');
  });

  it('takes place and year from a case key, but not from a nationwide one', () => {
    expect(placeYear('litherland-2020-05-email-barrage')).toBe('litherland-2020');
    expect(placeYear('west-country-2023-06-wardrobe-ex')).toBe('west-country-2023');
    expect(placeYear('uk-2016-04-family-friend')).toBeNull();
  });

  it('groups re-tellings of one case from different reports, and keeps other cases apart', () => {
    const a = item('a', 'litherland-2020-05-email-barrage', 'https://one.example/x');
    const b = item('b', 'litherland-2020-06-emails', 'https://two.example/y');
    const c = item('c', 'hereford-2023-04-airtag', 'https://two.example/z');
    const d = item('d', 'uk-2016-04-letters', 'https://one.example/x');
    const g = groupCases([a, b, c, d]);
    expect(g.get(a)).toBe(g.get(b));
    expect(g.get(a)).toBe(g.get(d));
    expect(g.get(c)).not.toBe(g.get(a));
  });

  it('gives a group the same split every time, about 60:40 over many groups', () => {
    expect(splitOf('u:example.org/a')).toBe(splitOf('u:example.org/a'));
    const dev = Array.from({ length: 1000 }, (_, i) => splitOf(`u:example.org/${i}`)).filter(
      (s) => s === 'dev',
    ).length;
    expect(dev).toBeGreaterThan(540);
    expect(dev).toBeLessThan(660);
  });
});
