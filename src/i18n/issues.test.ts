import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runtimePack } from '../background/pack';
import { validatePolicy } from '../config/settings';
import { cy } from './cy';
import { en } from './en';
import { issueLine, issueRefusal } from './issues';
import { refusalEnglish, refusalText } from './refusal';
import { setLanguage } from './runtime';

/** zod's English (and our schemas' English) that must not be left inside a Welsh line. */
const ENGLISH =
  /\b(?:Expected|expected|Invalid|invalid|must|received|Too (?:small|big)|use|keep|got)\b/;

/** The policy's refusals in English, then in Welsh. */
function both(policy: Record<string, unknown>): { english: string[]; welsh: string[] } {
  const { errors, refusals } = validatePolicy(policy);
  expect(errors).toEqual(refusals.map(refusalEnglish));
  setLanguage('cy', cy);
  const welsh = refusals.map(refusalText);
  setLanguage('en', en);
  return { english: errors, welsh };
}

describe('a zod issue inside a refusal', () => {
  afterEach(() => setLanguage('en', en));

  it('words a wrong type in Welsh and keeps zod’s English line', () => {
    const { english, welsh } = both({ supportContact: 5 });
    expect(english).toEqual([
      'supportContact: Invalid input: expected string, received number (got 5; using the default)',
    ]);
    expect(welsh).toEqual([
      'supportContact: Mewnbwn annilys: disgwyliwyd testun, cafwyd rhif (cafwyd 5; yn defnyddio’r rhagosodiad)',
    ]);
  });

  it('words an out-of-range number and an over-long text in Welsh', () => {
    const { english, welsh } = both({ auditRetentionDays: 5000, supportContact: 'x'.repeat(201) });
    expect(english[0]).toBe(
      'auditRetentionDays: keep events for at most 3650 days (got 5000; using the default)',
    );
    expect(english[1]).toMatch(
      /^supportContact: Too big: expected string to have <=200 characters \(got "x+\.\.\.; using the default\)$/,
    );
    expect(welsh[0]).toBe(
      'auditRetentionDays: cadwch ddigwyddiadau am 3650 diwrnod ar y mwyaf (cafwyd 5000; yn defnyddio’r rhagosodiad)',
    );
    expect(welsh[1]).toMatch(
      /^supportContact: Rhy hir \(testun\): disgwyliwyd dim mwy na 200 nod \(cafwyd "x+\.\.\.; yn defnyddio’r rhagosodiad\)$/,
    );
    for (const line of welsh) expect(line).not.toMatch(ENGLISH);
  });

  it('words an unknown value and an unknown key in Welsh', () => {
    const { english, welsh } = both({ role: 'chief', language: 'fr', services: { bus: {} } });
    expect(english).toEqual([
      'role: use one of officer, supervisor, trainer (got "chief"; using the default)',
      'language: use en or cy (got "fr"; using the default)',
      'services: Unrecognized key: "bus" (got {"bus":{}}; using the default)',
    ]);
    expect(welsh).toEqual([
      'role: defnyddiwch un o officer, supervisor, trainer (cafwyd "chief"; yn defnyddio’r rhagosodiad)',
      'language: defnyddiwch en neu cy (cafwyd "fr"; yn defnyddio’r rhagosodiad)',
      'services: Allwedd anhysbys: "bus" (cafwyd {"bus":{}}; yn defnyddio’r rhagosodiad)',
    ]);
    // zod's own wording of an unknown value, where a schema gives none.
    const e = z.enum(['en', 'cy']).safeParse('fr').error!.issues[0]!;
    expect(refusalEnglish(issueRefusal(e))).toBe('Invalid option: expected one of "en"|"cy"');
    setLanguage('cy', cy);
    expect(refusalText(issueRefusal(e))).toBe('Dewis annilys: disgwyliwyd un o "en"|"cy"');
  });

  it('words our own schemas’ messages in Welsh, one refusal per issue', () => {
    const { english, welsh } = both({
      siteProfiles: [
        { id: 'rms', name: 'RMS', matches: ['https://*/*'], fields: { narrative: {} } },
      ],
      demoModeAllowed: 'maybe',
    });
    expect(english).toEqual([
      'siteProfiles.0.matches.0: match pattern is too broad: name the crime system’s own host (such as https://crime.force.police.uk/*), not every site or a whole top-level domain (got [{"id":"rms","name":"RMS","matches":["https://*/*"],"fiel...; using the default)',
      'siteProfiles.0.fields.narrative: a field needs a selector or a label',
      'demoModeAllowed: use true or false (got "maybe"; using false, the setting the force most likely meant)',
    ]);
    expect(welsh[0]).toMatch(/^siteProfiles\.0\.matches\.0: mae’r patrwm cyfateb yn rhy eang: /);
    expect(welsh[1]).toBe('siteProfiles.0.fields.narrative: mae angen dewisydd neu label ar faes');
    expect(welsh[2]).toBe(
      'demoModeAllowed: defnyddiwch true neu false (cafwyd "maybe"; yn defnyddio false, y gosodiad y mae’r heddlu’n fwyaf tebygol o fod wedi’i olygu)',
    );
    for (const line of welsh) expect(line).not.toMatch(ENGLISH);
  });

  it('has a message id for each zod issue code, whose English is zod’s', () => {
    const cases: [z.ZodType, unknown][] = [
      [z.string(), 5],
      [z.number().min(2), 1],
      [z.number().gt(2), 2],
      [z.number().max(2), 3],
      [z.number().lt(2), 2],
      [z.array(z.string()).length(2), []],
      [z.string().min(2), 'a'],
      [z.set(z.string()).max(0), new Set(['a'])],
      [z.string().regex(/^a$/), 'b'],
      [z.string().startsWith('a'), 'b'],
      [z.string().endsWith('a'), 'b'],
      [z.string().includes('a'), 'b'],
      [z.email(), 'b'],
      [z.iso.datetime(), 'b'],
      [z.number().multipleOf(5), 3],
      [z.object({}).strict(), { a: 1, b: 2 }],
      [z.union([z.string(), z.number()]), true],
      [z.record(z.enum(['a']), z.string()), { b: 'x' }],
      [z.map(z.string(), z.string()), new Map([['a', 1]])],
      [z.literal('a'), 'b'],
      [z.enum(['a', 'b']), 'c'],
      [z.string().refine(() => false), 'a'],
      [z.boolean(), 'x'],
      [z.array(z.string()), null],
    ];
    for (const [schema, value] of cases) {
      for (const issue of schema.safeParse(value).error!.issues) {
        const r = issueRefusal(issue);
        expect(r.id, issue.message).not.toBe('refusal.issue');
        expect(refusalEnglish(r)).toBe(issue.message);
        setLanguage('cy', cy);
        expect(refusalText(r), issue.message).not.toMatch(ENGLISH);
        setLanguage('en', en);
      }
    }
  });

  it('keeps a message it cannot word as written, and the path before it', () => {
    const issue = z
      .string()
      .refine(() => false, 'a wording of no schema of ours')
      .safeParse('a').error!.issues[0]!;
    const r = issueLine('supportContact', issue);
    setLanguage('cy', cy);
    expect(refusalText(r)).toBe('supportContact: a wording of no schema of ours');
    expect(refusalEnglish(r)).toBe('supportContact: a wording of no schema of ours');
  });

  it('words a refused rule-pack extension in Welsh, the rule named by its id', () => {
    const rule = {
      id: 'following.force-own',
      kind: 'behaviour',
      target: 'lurking',
      four: [],
      explanation: 'Pursuing',
      law: '',
      patterns: ['pursued'],
      examples: { positive: ['He pursued her'], negative: ['She pursued a career'] },
    };
    const { errors, refusals } = runtimePack(
      JSON.stringify({ extends: 'core', id: 'force', version: '1', rules: [rule] }),
    );
    expect(errors).toEqual([
      'rulePackExtension: extension version: version must be semver, e.g. 1.0.0',
      'rulePackExtension: extension rule following.force-own (target): "lurking" is not a behaviour id (see taxonomy.md)',
    ]);
    expect(refusals.map(refusalEnglish)).toEqual(errors);
    setLanguage('cy', cy);
    expect(refusals.map(refusalText)).toEqual([
      'rulePackExtension: estyniad version: rhaid i’r fersiwn fod yn semver, e.e. 1.0.0',
      'rulePackExtension: estyniad rheol following.force-own (target): nid yw "lurking" yn id behaviour (gweler taxonomy.md)',
    ]);
  });
});
