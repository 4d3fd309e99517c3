import { describe, expect, it } from 'vitest';
import { sampleExport, sampleLog } from './sample-team';
import { importTeam, jsonFiles, type ImportSource } from './team';

const START = Date.UTC(2026, 10, 2, 9, 0);
const file = (name: string, text: string): ImportSource => ({
  name,
  size: text.length,
  text: async () => text,
});
const officer = (officerId: string, records: string[], seed: number) =>
  sampleExport({ officerId, records, start: START, seed, eventsPerRecord: 8 });

/** A file whose chain no longer holds: one event's reason changed after export. */
function broken(text: string): string {
  const data = JSON.parse(text) as { events: { kind: string; reason?: string }[] };
  const e = data.events.find((x) => x.kind === 'prompt_state' && x.reason)!;
  e.reason = 'Changed after export';
  return JSON.stringify(data);
}

describe('importTeam', () => {
  it('merges officers\u2019 exports, verifying each chain, with no duplicate when a file comes twice', async () => {
    const a = await officer('PC1', ['CR/1/26', 'CR/2/26'], 1);
    const b = await officer('PC2', ['CR/2/26', 'CR/3/26'], 2);
    const progress: string[] = [];
    const first = await importTeam([file('pc1.json', a), file('pc2.json', b)], [], (d, t) =>
      progress.push(`${d}/${t}`),
    );
    expect(progress).toEqual(['1/2', '2/2']);
    expect(first.files.map((f) => [f.name, f.ok])).toEqual([
      ['pc1.json', true],
      ['pc2.json', true],
    ]);
    expect(new Set(first.events.map((e) => e.officerId))).toEqual(new Set(['PC1', 'PC2']));
    expect(first.events.length).toBe(32);
    // Each officer's events in chain order, file after file.
    expect(first.events.map((e) => `${e.officerId}:${e.seq}`)).toEqual([
      ...Array.from({ length: 16 }, (_, i) => `PC1:${i}`),
      ...Array.from({ length: 16 }, (_, i) => `PC2:${i}`),
    ]);

    const again = await importTeam([file('pc1-copy.json', a)], first.events);
    expect(again.events.length).toBe(32);
    expect(again.files[0]).toMatchObject({ ok: true, events: 16, added: 0, officers: ['PC1'] });
  });

  it('reports a broken chain with its reason, leaves that file out and keeps what was shown', async () => {
    const shown = await sampleLog({ officerId: 'PS9', records: ['CR/9/26'], start: START });
    const good = await officer('PC1', ['CR/1/26'], 1);
    const bad = broken(await officer('PC2', ['CR/2/26', 'CR/3/26'], 5));
    const r = await importTeam(
      [file('pc2.json', bad), file('pc1.json', good), file('notes.json', '{"x":1}')],
      shown,
    );
    expect(r.files[0]).toMatchObject({ name: 'pc2.json', ok: false });
    expect(r.files[0]!.ok === false && r.files[0]!.error).toMatch(/^Chain broken at seq \d+/);
    expect(r.files[2]!.ok === false && r.files[2]!.error).toMatch(/Not a Waymark audit export/);
    expect(r.events.filter((e) => e.officerId === 'PC2')).toEqual([]);
    expect(r.events.filter((e) => e.officerId === 'PS9')).toHaveLength(shown.length);
    expect(r.events.filter((e) => e.officerId === 'PC1')).toHaveLength(8);

    const none = await importTeam([file('pc2.json', bad)], shown);
    expect(none.events).toEqual(shown);
  });

  it('takes only the JSON files of a folder', () => {
    expect(jsonFiles([{ name: 'a.json' }, { name: 'b.csv' }, { name: 'C.JSON' }])).toEqual([
      { name: 'a.json' },
      { name: 'C.JSON' },
    ]);
  });
});
