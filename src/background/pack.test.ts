import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../core/analyser';
import { defaultPack } from '../core/index';
import { runtimePack } from './pack';
import { LOCAL_TERMS_EXTENSION } from '../rules/test-fixtures';

const extension = JSON.stringify(LOCAL_TERMS_EXTENSION);

describe('runtimePack', () => {
  it('is the default pack without example sentences when there is no extension', () => {
    const { pack, errors } = runtimePack(null);
    expect(errors).toEqual([]);
    expect(pack.rules).toHaveLength(defaultPack.rules.length);
    expect(pack.rules.every((r) => r.examples.positive.length === 0)).toBe(true);
    expect(JSON.stringify(pack).length).toBeLessThan(JSON.stringify(defaultPack).length);
  });

  it('stays small enough to send to every content script', () => {
    // About 342 KB of rules, the temporal reader's patterns, whole-sentence readers and their
    // gates, the plain reasons' English wording (moved here from the content script's bundle)
    // and a fitted model travel by message to each page that needs them, once per page load
    // (structured clone, no network). Cloning them takes about 2 ms and compiling them about
    // 60 ms in Node, once; the budget keeps that in check while the rules grow with phrasings
    // measured on text their authors did not write.
    expect(JSON.stringify(runtimePack(null).pack).length).toBeLessThan(345_000);
  });

  it('merges a force extension so its local terms are found', () => {
    const { pack, errors } = runtimePack(extension);
    expect(errors).toEqual([]);
    const local = 'SUS kerb crawling beside her on 2 May.';
    const found = createAnalyser(pack).analyse(local);
    expect(found.behaviours.map((b) => b.id)).toContain('following');
    expect(createAnalyser(runtimePack(null).pack).analyse(local).behaviours).toEqual([]);
  });

  it('refuses a bad extension with readable reasons and keeps the default pack', () => {
    const { pack, errors } = runtimePack('{"extends":"other-pack","id":"x","version":"1"}');
    expect(errors[0]).toMatch(/^rulePackExtension: /);
    expect(pack.version).toBe(defaultPack.version);
    expect(runtimePack('not json').errors[0]).toMatch(/not valid JSON/);
  });
});
