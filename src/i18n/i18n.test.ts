import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyse, defaultPack } from '../core';
import {
  BEHAVIOUR_IDS,
  COURSE_BASES,
  FOUR_ELEMENTS,
  PLAIN_REASON_IDS,
  REASON_IDS,
  RELATIONSHIP_IDS,
  RISK_IDS,
} from '../core/types';
import { FEATURE_IDS } from '../core/judgement';
import { PLACE_IDS } from '../core/aggregate';
import { PROMPT_STATES } from '../prompts/types';
import { ROLES } from '../config/schema';
import { cy } from './cy';
import { en, type MessageKey } from './en';
import { chooseLanguage } from './language';
import { reasonText } from './reasons';
import { format, listOf, setLanguage, t, tOr } from './runtime';
import { TABLES, tableFor } from './tables';

const placeholders = (entry: unknown): Set<string> => {
  const texts = typeof entry === 'string' ? [entry] : Object.values(entry as object);
  return new Set(
    texts.flatMap((s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string)),
  );
};

describe('the message tables', () => {
  it('have the same keys in English and Welsh', () => {
    expect(Object.keys(cy).sort()).toEqual(Object.keys(en).sort());
  });

  it('give every entry in both languages, plural where English is plural', () => {
    for (const key of Object.keys(en) as MessageKey[]) {
      for (const table of [en, cy]) {
        const entry = table[key] as unknown;
        if (typeof en[key] === 'string') {
          expect(typeof entry, key).toBe('string');
          expect((entry as string).trim(), key).not.toBe('');
        } else {
          expect(typeof entry, key).toBe('object');
          expect((entry as { other?: string }).other, key).toBeTruthy();
        }
      }
    }
  });

  it('use only the plural categories each language has', () => {
    for (const [lang, table] of Object.entries(TABLES)) {
      const known = new Set(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);
      for (const [key, entry] of Object.entries(table)) {
        if (typeof entry === 'string' || entry === undefined) continue;
        for (const category of Object.keys(entry))
          expect(known.has(category as never), `${lang} ${key} ${category}`).toBe(true);
      }
    }
  });

  it('fill in Welsh only the placeholders the English has', () => {
    for (const key of Object.keys(en) as MessageKey[]) {
      const english = placeholders(en[key]);
      for (const name of placeholders(cy[key]))
        expect(english.has(name), `${key} {${name}}`).toBe(true);
    }
  });

  it('name every id of the fixed lists, and nothing else under those prefixes', () => {
    const lists: Record<string, readonly string[]> = {
      'behaviour.': BEHAVIOUR_IDS,
      'risk.': RISK_IDS,
      'feature.': FEATURE_IDS,
      'basis.': COURSE_BASES,
      'place.': PLACE_IDS,
      'four.': [...FOUR_ELEMENTS, 'label'],
      'relationship.': RELATIONSHIP_IDS,
      'state.': PROMPT_STATES,
      'panel.role.': ROLES,
      'why.': BEHAVIOUR_IDS,
      'law.': BEHAVIOUR_IDS,
    };
    for (const [prefix, ids] of Object.entries(lists)) {
      const keys = Object.keys(en).filter((k) => k.startsWith(prefix));
      expect(keys.sort(), prefix).toEqual(ids.map((id) => `${prefix}${id}`).sort());
    }
  });

  it('has no key that the code does not use', () => {
    const dynamic = [
      'behaviour.',
      'risk.',
      'feature.',
      'basis.',
      'place.',
      'four.',
      'relationship.',
      'state.',
      'panel.role.',
      'panel.side.',
      'suppression.',
      'field.',
      'reason.',
      'block.state.',
      'cue.',
      'kind.',
      'referral.',
      'demo.kind.',
      'spo.harm.',
      'spo.prohibit.',
      'spo.require.',
      'plain.',
      'demo.speed.',
      'practice.state.',
      'why.',
      'law.',
      'rule.',
    ];
    // Prompt and step names come from the catalogue (catalogue-messages.ts).
    const fromCatalogue =
      /^(?:prompt\.\w+\.(?:title|missing|ask|why|done|point\.\d+|na\.\d+)|vna\.\w+\.(?:title|ask|why|done|na\.\d+))$/;
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (
          /\.tsx?$/.test(name) &&
          !/\.test\.tsx?$/.test(name) &&
          !/i18n\/(?:en|cy)\.ts$/.test(path)
        )
          sources.push(readFileSync(path, 'utf8'));
      }
    };
    walk(join(__dirname, '..'));
    walk(join(__dirname, '../../entrypoints'));
    const code = sources.join('\n');
    const unused = Object.keys(en).filter(
      (k) =>
        !dynamic.some((p) => k.startsWith(p)) && !fromCatalogue.test(k) && !code.includes(`'${k}'`),
    );
    expect(unused).toEqual([]);
  });
});

describe('the rule pack’s lines', () => {
  it('give every rule’s explanation, and its law line when it has one, in both languages', () => {
    expect(defaultPack.rules.length).toBeGreaterThan(50);
    for (const r of defaultPack.rules) {
      for (const table of [en, cy] as Record<string, unknown>[]) {
        expect(typeof table[`rule.${r.id}.why`], `rule.${r.id}.why`).toBe('string');
        expect(typeof table[`rule.${r.id}.law`], `rule.${r.id}.law`).toBe(
          r.law ? 'string' : 'undefined',
        );
      }
      expect((en as Record<string, unknown>)[`rule.${r.id}.why`]).toBe(r.explanation);
    }
    // Nothing under rule. names a rule the pack does not have.
    const ids = new Set(defaultPack.rules.map((r) => r.id));
    for (const k of Object.keys(cy).filter((k) => k.startsWith('rule.')))
      expect(ids.has(k.replace(/^rule\.(.*)\.(?:why|law)$/, '$1')), k).toBe(true);
  });

  it('give every behaviour card’s why and law in Welsh, not the English', () => {
    for (const id of BEHAVIOUR_IDS) {
      expect(cy[`why.${id}`]).not.toBe(en[`why.${id}`]);
      expect(cy[`law.${id}`]).not.toBe(en[`law.${id}`]);
      expect(en[`law.${id}`]).toBe(defaultPack.behaviours[id].law);
    }
  });

  it('keep a force rule’s English in Welsh rather than show its key', () => {
    const rule = { ...defaultPack.rules[0]!, id: 'following.force-own', explanation: 'Pursuing' };
    const pack = { ...defaultPack, rules: [...defaultPack.rules, { ...rule, law: 's2A(3)(a)' }] };
    const welsh = tableFor('cy', pack);
    setLanguage('cy', welsh);
    expect(tOr('rule.following.force-own.why', '?')).toBe('Pursuing');
    expect(tOr('rule.following.force-own.law', '?')).toBe('s2A(3)(a)');
    expect(tOr('rule.following.followed.why', '?')).toBe('Dilyn y dioddefwr');
    expect(
      reasonText({
        id: 'reason.behaviour',
        params: { behaviour: 'following', rule: 'following.force-own', law: 's2A(3)(a)' },
      }),
    ).toBe('Pursuing (s2A(3)(a))');
    expect(
      reasonText({
        id: 'reason.behaviour',
        params: { behaviour: 'following', rule: 'following.followed', law: 's2A(3)(a)' },
      }),
    ).toBe('Dilyn y dioddefwr (a.2A(3)(a))');
    setLanguage('cy', cy);
    // Without the pack's lines (an extension page's own table) the caller's English is kept.
    expect(tOr('rule.following.force-own.why', 'Pursuing')).toBe('Pursuing');
    expect(tableFor('en', pack)['rule.following.force-own.why']).toBe('Pursuing');
  });
});

describe('t()', () => {
  beforeEach(() => setLanguage('cy', cy));

  it('fills placeholders and leaves unknown ones', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('picks the Welsh plural form by count', () => {
    expect(t('period.months', { count: 2 })).toBe('2 fis');
    expect(t('period.months', { count: 3 })).toBe('3 mis');
    expect(t('period.years', { count: 2 })).toBe('2 flynedd');
    expect(t('period.years', { count: 3 })).toBe('3 blynedd');
    expect(t('indicators.mentions', { count: 2 })).toBe('2 gyfeiriad');
    expect(t('indicators.mentions', { count: 3 })).toBe('3 chyfeiriad');
    expect(t('indicators.mentions', { count: 1 })).toBe('1 cyfeiriad');
  });

  it('picks the English plural form by count', () => {
    setLanguage('en', en);
    expect(t('indicators.mentions', { count: 1 })).toBe('1 mention');
    expect(t('indicators.mentions', { count: 0 })).toBe('0 mentions');
    expect(listOf(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('joins a Welsh list with "a"', () => {
    expect(listOf(['cartref', 'gweithle'])).toBe('cartref a gweithle');
    expect(listOf(['cartref', 'eglwys'])).toBe('cartref ac eglwys');
  });
});

describe('chooseLanguage', () => {
  it('follows the setting, else Welsh for a cy browser and English for any other', () => {
    expect(chooseLanguage('cy', 'en-GB')).toBe('cy');
    expect(chooseLanguage('en', 'cy')).toBe('en');
    expect(chooseLanguage(null, 'cy')).toBe('cy');
    expect(chooseLanguage(null, 'cy-GB')).toBe('cy');
    expect(chooseLanguage(null, 'en-GB')).toBe('en');
    expect(chooseLanguage(null, 'cs')).toBe('en');
    expect(chooseLanguage(null, undefined)).toBe('en');
  });

  it('uses a force pack’s English names, never in Welsh', () => {
    const pack = {
      ...defaultPack,
      behaviours: {
        ...defaultPack.behaviours,
        following: { ...defaultPack.behaviours.following, label: 'Pursuing' },
      },
    };
    expect(tableFor('en', pack)['behaviour.following']).toBe('Pursuing');
    expect(tableFor('cy', pack)['behaviour.following']).toBe('Dilyn');
  });
});

describe('the reasons', () => {
  const narratives = readFileSync(join(__dirname, '../../tests/corpus/dev/dev-01.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const explain = (id: string) => defaultPack.rules.find((r) => r.id === id)?.explanation;

  it('word the ids in English exactly as the engine words `reasons`', () => {
    setLanguage('en', en);
    let seen = 0;
    for (const text of narratives) {
      const s = analyse(text).stalking;
      expect(s.reasonIds).toHaveLength(s.reasons.length);
      s.reasonIds.forEach((r, i) => expect(reasonText(r, explain)).toBe(s.reasons[i]));
      seen += new Set(s.reasonIds.map((r) => r.id)).size;
    }
    expect(seen).toBeGreaterThan(20);
  });

  it("are the pack's English wording of the plain reasons, word for word", () => {
    for (const id of PLAIN_REASON_IDS) expect(defaultPack.words.reasons[id]).toBe(en[id]);
  });

  it('word every reason in Welsh without a message id showing', () => {
    setLanguage('cy', cy);
    const ids = new Set<string>();
    for (const text of narratives) {
      for (const r of analyse(text).stalking.reasonIds) {
        ids.add(r.id);
        const out = reasonText(r);
        expect(out).not.toMatch(/\b(?:reason|basis|feature|place|four|behaviour|period)\.\w/);
        expect(out).not.toMatch(/\{\w+\}/);
      }
    }
    expect([...ids].every((id) => (REASON_IDS as readonly string[]).includes(id))).toBe(true);
  });
});
