import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../core/analyser';
import { defaultPack } from '../core/index';
import { BEHAVIOUR_IDS, RISK_IDS } from '../core/types';
import { extendPack } from './extend';
import { loadPack } from './load';
import { LOCAL_TERMS_EXTENSION } from './test-fixtures';
import type { RulePack } from './types';

const json = readFileSync(join(import.meta.dirname, 'packs', 'core.json'), 'utf8');

describe('the default pack', () => {
  it('loads and validates', () => {
    const r = loadPack(json);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('has a version and unique rule ids', () => {
    expect(defaultPack.version).toMatch(/^\d+\.\d+\.\d+$/);
    const ids = defaultPack.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has rules and labels for every behaviour in the taxonomy, and labels for every risk', () => {
    for (const b of BEHAVIOUR_IDS) {
      expect(
        defaultPack.rules.some((r) => r.kind === 'behaviour' && r.target === b),
        b,
      ).toBe(true);
      expect(defaultPack.behaviours[b]?.label, b).toBeTruthy();
    }
    for (const r of RISK_IDS) expect(defaultPack.risks[r]?.label, r).toBeTruthy();
  });

  it('has no pattern slot made only of words shorthand rewrites before matching (it could never match)', () => {
    const rewritten = new Set(
      defaultPack.shorthand
        .filter((e) => !e.caseSensitive && !e.onlyBefore && !e.notBefore && !e.midClause)
        .map((e) => e.abbr.toLowerCase()),
    );
    const deadSlot = (slot: string): boolean =>
      !/^[@{_]/.test(slot) &&
      !slot.startsWith('?') &&
      slot
        .split('|')
        .every((w) => !w.endsWith('*') && rewritten.has(w.replace(/^=/, '').toLowerCase()));
    const dead = [
      ...defaultPack.rules.flatMap((r) =>
        [...r.patterns, ...(r.unless ?? [])].map((p) => ({ id: r.id, p })),
      ),
      ...defaultPack.context.map((c) => ({ id: `context ${c.category}`, p: c.pattern })),
    ].filter(({ p }) => p.split(' ').some(deadSlot));
    expect(dead).toEqual([]);
  });

  it('marks as consented only other-actor cues, and keeps some scam cues unmarked', () => {
    const consented = defaultPack.context.filter((r) => r.consented === true);
    expect(consented.length).toBeGreaterThan(0);
    expect(consented.filter((r) => r.category !== 'other_actor')).toEqual([]);
    expect(
      defaultPack.context.some((r) => r.category === 'other_actor' && r.consented !== true),
    ).toBe(true);
  });

  it('lists the verbs that are harm on their own among the harm verbs', () => {
    // HARMSURE is the part of HARMV that needs no one after it to be a threat; a verb added to
    // HARMV alone is read the careful way, as harm only with someone after it.
    const harm = new Set(defaultPack.lexicon.HARMV);
    const sure = defaultPack.lexicon.HARMSURE ?? [];
    expect(sure.length).toBeGreaterThan(0);
    expect(sure.filter((w) => !harm.has(w))).toEqual([]);
    expect(sure.length).toBeLessThan(harm.size);
  });
});

describe('patterns can match the folded tokens', () => {
  // "her back garden", "the side entrance": the words between a possessive and a place are
  // dropped before matching (src/core/possessive.ts), so a required slot of only such words
  // right before a place word can never match.
  it('no required slot of place modifiers stands right before a place', () => {
    const mods = new Set(defaultPack.words.placeModifiers);
    const places = new Set([...(defaultPack.lexicon.PLACE ?? []), '@PLACE']);
    const dead: string[] = [];
    for (const r of defaultPack.rules)
      for (const p of r.patterns) {
        const slots = p.split(/\s+/);
        slots.forEach((s, i) => {
          const next = slots[i + 1];
          if (next === undefined || s.endsWith('?')) return;
          const alts = s.split('|').map((a) => a.replace(/^=/, ''));
          if (
            alts.every((a) => mods.has(a)) &&
            next
              .replace(/\?$/, '')
              .split('|')
              .some((a) => places.has(a))
          )
            dead.push(`${r.id}: ${p}`);
        });
      }
    expect(mods.size).toBeGreaterThan(0);
    expect(dead).toEqual([]);
  });
});

describe('every rule example passes through the whole pipeline', () => {
  const analyser = createAnalyser(defaultPack);
  const cases = defaultPack.rules.flatMap((rule) => [
    ...rule.examples.positive.map((text) => ({ rule: rule.id, text, positive: true })),
    ...rule.examples.negative.map((text) => ({ rule: rule.id, text, positive: false })),
  ]);

  it.each(cases)('$rule: $positive: $text', ({ rule, text, positive }) => {
    const counted = analyser.explain(text).filter((t) => t.rule === rule && t.suppressed === null);
    if (positive) expect(counted.length, `${rule} should count in: ${text}`).toBeGreaterThan(0);
    else
      expect(
        counted.map((t) => t.evidence.text),
        `${rule} should not count in: ${text}`,
      ).toEqual([]);
  });
});

describe('loadPack refuses a bad pack with readable reasons', () => {
  const base = JSON.parse(json) as RulePack;
  const withRule = (patch: Record<string, unknown>): unknown => ({
    ...base,
    rules: [{ ...base.rules[0], ...patch }, ...base.rules.slice(1)],
  });

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['wrong version', { ...base, version: 'one' }, /version must be semver/],
    [
      'bad target',
      withRule({ target: 'flying' }),
      /rule following\.followed \(target\): "flying" is not a behaviour id/,
    ],
    [
      'empty pattern',
      withRule({ patterns: [' '] }),
      /rule following\.followed \(patterns\[0\]\): a pattern must not be empty/,
    ],
    [
      'unknown class',
      withRule({ patterns: ['@NOPE her'] }),
      /rule following\.followed: unknown class @NOPE/,
    ],
    [
      'no examples',
      withRule({ examples: { positive: [], negative: ['x'] } }),
      /at least one positive example/,
    ],
    [
      'duplicate id',
      { ...base, rules: [...base.rules, base.rules[0]] },
      /following\.followed: id is used more than once/,
    ],
    [
      'missing behaviour',
      { ...base, rules: base.rules.filter((r) => r.target !== 'gifts_or_items') },
      /behaviour gifts_or_items: no rule detects it/,
    ],
  ])('%s', (_name, input, message) => {
    const r = loadPack(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
  });
});

describe('a force pack extension adds local terms without code changes', () => {
  const extension = LOCAL_TERMS_EXTENSION;

  it('merges and the merged pack finds the local terms', () => {
    const r = extendPack(defaultPack, extension);
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (!r.ok) return;
    expect(r.pack.version).toBe(`${defaultPack.version}+force-example.1.0.0`);
    const a = createAnalyser(r.pack);
    const local = 'SUS kerb crawling beside her on 2 May.';
    expect(a.analyse(local).behaviours.map((b) => b.id)).toContain('following');
    // The shipped pack alone does not know the term.
    expect(createAnalyser(defaultPack).analyse(local).behaviours).toEqual([]);
    expect(
      a.analyse('INJP states SUS has been waiting at her nick.').behaviours.map((b) => b.id),
    ).toContain('loitering_or_turning_up');
    // The base pack is unchanged.
    expect(defaultPack.rules.find((x) => x.id === 'loitering.turned-up')?.patterns).not.toContain(
      'rocked up at @POSS? @POSS? @PLACE',
    );
  });

  it.each([
    ['wrong base', { ...extension, extends: 'other' }, /extends "other"/],
    [
      'changed target',
      { ...extension, rules: [{ ...extension.rules[0], target: 'following' }] },
      /kind\/target must match/,
    ],
    [
      'bad pattern',
      { ...extension, rules: [{ ...extension.rules[1], patterns: ['@MISSING x'] }] },
      /unknown class @MISSING/,
    ],
    ['not JSON', '{oops', /not valid JSON/],
  ])('refuses a bad extension: %s', (_name, input, message) => {
    const r = extendPack(defaultPack, input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
  });
});
