import { describe, expect, it } from 'vitest';
import {
  assignSplits,
  groupCases,
  placeYear,
  sourceKey,
  splitOf,
  type Filed,
  type Item,
  type Split,
} from './corpus-split';

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

describe('filing new writers', () => {
  const filed = (w: string, it: Item, split: Split | null): [string, Filed[]] => [
    w,
    [{ item: it, filed: split }],
  ];
  const run = (...rows: [string, Filed[]][]) => {
    const byWriter = new Map<string, Filed[]>();
    for (const [w, f] of rows) byWriter.set(w, [...(byWriter.get(w) ?? []), ...f]);
    return assignSplits(byWriter);
  };
  // Two place-year groups the hash sends to different splits, so a merge would move one of them.
  const keys = Array.from({ length: 40 }, (_, i) => `town${i}-2020`);
  const devKey = keys.find((k) => splitOf(`p:${k}`) === 'dev') as string;
  const heldKey = keys.find((k) => splitOf(`p:${k}`) === 'holdout') as string;

  it('never moves a filed item when a new item joins and re-keys its case group', () => {
    const old = item('a1', `${heldKey}-01-x`, 'https://z.example/old');
    // A new dev-only item whose source sorts first would re-key the group under the old rule.
    const fresh = item('n1', `${heldKey}-02-y`, 'https://a.example/new');
    const r = run(filed('A', old, 'dev'), filed('AZ', fresh, null));
    expect(r.get('A')?.out.dev).toEqual([old]);
    expect(r.get('AZ')?.out.dev).toEqual([fresh]);
  });

  it('drops a new dev-only item whose case group is held out, and files a new one elsewhere', () => {
    const held = item('a1', `${devKey}-01-x`, 'https://x.example/held');
    const joins = item('n1', `${devKey}-03-z`, 'https://y.example/other');
    const apart = item('n2', 'uk-2019-01-apart', 'https://y.example/apart');
    const r = run(filed('A', held, 'holdout'), [
      'AZ',
      [
        { item: joins, filed: null },
        { item: apart, filed: null },
      ],
    ]);
    expect(r.get('A')?.out.holdout).toEqual([held]);
    expect(r.get('AZ')?.dropped).toBe(1);
    expect(r.get('AZ')?.out.dev).toEqual([apart]);
  });

  it("files a re-telling writer's item of a dev source, and still drops one of a held-out case", () => {
    const told = item('a1', 'uk-2017-01-told', 'https://x.example/told');
    const retold = item('g1', 'uk-2017-01-told', 'https://x.example/told');
    const held = item('b1', `${devKey}-01-x`, 'https://x.example/held');
    const retoldHeld = item('g2', `${devKey}-01-x`, 'https://x.example/held');
    const r = run(filed('A', told, 'dev'), filed('B', held, 'holdout'), [
      'BG',
      [retold, retoldHeld].map((i) => ({ item: i, filed: null })),
    ]);
    expect(r.get('BG')?.out.dev).toEqual([retold]);
    expect(r.get('BG')?.dropped).toBe(1);
    // Another dev-only writer's re-telling of the same source adds nothing.
    const again = item('z1', 'uk-2017-01-told', 'https://x.example/told');
    expect(run(filed('A', told, 'dev'), filed('AZ', again, null)).get('AZ')?.dropped).toBe(1);
  });

  it('gives a new holdout-writer item the split its case group already has', () => {
    const onDev = item('a1', `${heldKey}-01-x`, 'https://x.example/d');
    const onHeld = item('b1', `${devKey}-01-x`, 'https://x.example/h');
    const joinsDev = item('w1', `${heldKey}-05-q`, 'https://q.example/1');
    const joinsHeld = item('w2', `${devKey}-05-q`, 'https://q.example/2');
    const r = run(filed('A', onDev, 'dev'), filed('B', onHeld, 'holdout'), [
      'AW',
      [joinsDev, joinsHeld].map((i) => ({ item: i, filed: null })),
    ]);
    expect(r.get('AW')?.out.dev).toEqual([joinsDev]);
    expect(r.get('AW')?.out.holdout).toEqual([joinsHeld]);
  });

  it('drops new items of a group that a new item has joined across dev and the holdout', () => {
    const onDev = item('a1', `${heldKey}-01-x`, 'https://x.example/d');
    const onHeld = item('b1', `${devKey}-01-x`, 'https://x.example/h');
    // Shares a source with the dev item and a place and year with the held one.
    const bridges = item('w3', `${devKey}-06-r`, 'https://x.example/d');
    const r = run(
      filed('A', onDev, 'dev'),
      filed('B', onHeld, 'holdout'),
      filed('AW', bridges, null),
    );
    expect(r.get('AW')?.dropped).toBe(1);
    expect(r.get('A')?.out.dev).toEqual([onDev]);
    expect(r.get('B')?.out.holdout).toEqual([onHeld]);
  });

  it("drops a new unseen writer's item whose case another writer told", () => {
    const told = item('a1', 'uk-2018-01-told', 'https://x.example/t');
    const same = item('u1', 'uk-2018-02-same', 'https://x.example/t');
    const own = item('u2', 'uk-2018-03-own', 'https://x.example/own');
    const r = run(filed('A', told, 'dev'), [
      'U',
      [same, own].map((i) => ({ item: i, filed: null })),
    ]);
    expect(r.get('U')?.dropped).toBe(1);
    expect(r.get('U')?.out.unseen).toEqual([own]);
  });
});
