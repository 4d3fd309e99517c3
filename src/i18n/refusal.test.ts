import { afterEach, describe, expect, it } from 'vitest';
import { validatePolicy } from '../config/settings';
import { parseImport } from '../audit/store';
import { defaultPack } from '../core/index';
import { extendPack } from '../rules/extend';
import { loadPack } from '../rules/load';
import { cy } from './cy';
import { en } from './en';
import { refusal, refusalEnglish, refusalText } from './refusal';
import { setLanguage } from './runtime';

describe('refusals', () => {
  afterEach(() => setLanguage('en', en));

  it('keep the English line and word the same refusal in Welsh', () => {
    const { errors, refusals } = validatePolicy(
      { role: 'chief', nonsense: 1, mandatoryPrompts: ['spo', 'nope'] },
      { role: 'supervisor' },
    );
    expect(errors).toEqual(refusals.map(refusalEnglish));
    expect(errors.join('\n')).toContain('keeping the last good value "supervisor"');
    expect(errors.join('\n')).toContain('nonsense: not a Waymark policy setting (ignored)');
    setLanguage('cy', cy);
    const welsh = refusals.map(refusalText);
    expect(welsh).toHaveLength(3);
    expect(welsh.join('\n')).toContain('yn cadw’r gwerth da diwethaf "supervisor"');
    expect(welsh.join('\n')).toContain('nonsense: nid yw’n un o osodiadau polisi Waymark');
    expect(welsh.join('\n')).toContain('nid yw "nope" yn id anogwr');
    for (const line of welsh) expect(line).not.toMatch(/\brefusal\.|\{\w+\}|ignored|keeping/);
  });

  it('word rule pack problems beyond the schema in Welsh, the English lines unchanged', () => {
    const rule = defaultPack.rules[0]!;
    const pack = {
      ...defaultPack,
      rules: [...defaultPack.rules, rule, { ...rule, id: 'local.bad', patterns: ['{0,2} her'] }],
    };
    const r = loadPack(pack);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(r.refusals.map(refusalEnglish));
    expect(r.errors).toEqual([
      `rule ${rule.id}: id is used more than once`,
      'rule local.bad: "{0,2} her" must not start or end with a gap',
    ]);
    const notJson = loadPack('{');
    const ext = extendPack(defaultPack, {
      extends: defaultPack.id,
      id: 'x',
      version: '1.0.0',
      rules: [
        {
          ...rule,
          kind: 'relationship',
          target: 'ex_partner',
          examples: { positive: ['a'], negative: ['b'] },
        },
      ],
    });
    expect(notJson.ok || notJson.errors[0]).toMatch(/^not valid JSON: /);
    expect(ext.ok || ext.errors[0]).toMatch(/kind\/target must match the base rule/);
    setLanguage('cy', cy);
    const welsh = [r, notJson, ext].flatMap((x) => (x.ok ? [] : x.refusals.map(refusalText)));
    expect(welsh).toEqual([
      `rheol ${rule.id}: defnyddir yr id fwy nag unwaith`,
      'rheol local.bad: ni ddylai "{0,2} her" ddechrau na gorffen gyda bwlch',
      'nid yw’n JSON dilys',
      `rheol estyniad ${rule.id}: rhaid i’r math a’r targed gyfateb i’r rheol sylfaen (${rule.kind} ${rule.target})`,
    ]);
  });

  it('word an audit import refusal, with its nested parts, in Welsh', async () => {
    const file = JSON.stringify({
      format: 'waymark-audit',
      version: 1,
      exportedAt: 'x',
      events: [{ seq: 3 }],
    });
    const r = await parseImport(file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(
      /^Invalid event 0 \(seq 3\), field \w+: .* \(and \d+ more problems\)\.$/,
    );
    setLanguage('cy', cy);
    expect(refusalText(r.refusal)).toMatch(
      /^Digwyddiad annilys 0 \(rhif 3\), maes \w+: .* \(a \d+ problem arall\)\.$/,
    );
    // zod's detail is worded in Welsh too.
    expect(refusalText(r.refusal)).not.toMatch(/\b(?:Invalid|expected|received)\b/);
    const notJson = await parseImport('{"format": "other", "version": 2}');
    expect(!notJson.ok && refusalText(notJson.refusal)).toBe(
      'Nid allforyn archwilio Waymark yw hwn: y fformat yw "other", roedd disgwyl "waymark-audit".',
    );
  });

  it('word a broken chain’s reason inside an import refusal in Welsh', async () => {
    const { verifyChain } = await import('../audit/store');
    const check = await verifyChain([], undefined, { seq: 4, hash: 'a'.repeat(64) });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.reason).toBe(
      'the chain should end at seq 4 (its stated head); later events are missing',
    );
    setLanguage('cy', cy);
    expect(refusalText(refusal('refusal.import.chain', { seq: 0, reason: check.why }))).toBe(
      'Cadwyn wedi torri yn rhif 0: dylai’r gadwyn orffen yn rhif 4 (ei phen datganedig); mae digwyddiadau diweddarach ar goll.',
    );
  });

  it('word the demo-mode refusals in Welsh', () => {
    setLanguage('cy', cy);
    expect(refusalText(refusal('refusal.demo.notTraining', { name: 'RMS' }))).toBe(
      'nid yw RMS yn amgylchedd hyfforddi',
    );
    expect(refusalEnglish(refusal('refusal.demo.role'))).toBe(
      'only a trainer can switch demo mode on',
    );
  });
});
