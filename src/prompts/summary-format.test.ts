import { describe, expect, it } from 'vitest';
import { defaultPack } from '../core/index';
import { BEHAVIOUR_IDS, FOUR_ELEMENTS, RELATIONSHIP_IDS, RISK_IDS } from '../core/types';
import { CATALOGUE } from './catalogue';
import { evaluatePrompts } from './evaluate';
import { summaryNames } from './labels';
import { DEFAULT_SERVICES } from './services';
import { SUMMARY_END, SUMMARY_START, replaceSummary } from './summary';
import { summaryDigests } from './summary-digest';
import {
  DATA_PREFIX,
  SummaryInputSchema,
  SummaryRequestSchema,
  formatSummary,
  parseSummary,
  summaryChanges,
  type SummaryContext,
} from './summary-format';
import { summaryInput, summaryRequest, toSummaryInput } from './summary-input';
import { makeRecord, stalkingAnalysis } from './test-fixtures';
import { PROMPT_IDS, PROMPT_STATES, VNA_STEP_IDS, type OfficerAction } from './types';
import { setLanguage } from '../i18n/runtime';
import { cy } from '../i18n/cy';
import { en } from '../i18n/en';
import { localiseCatalogue } from '../i18n/catalogue-messages';

const NOW = Date.UTC(2026, 10, 27, 3, 15);
const analysis = stalkingAnalysis({
  relationship: 'ex_partner',
  behaviours: { repeated_contact: 5, following: 2, tracking_device: 1 },
  risk: ['threat_to_kill', 'sdash_5_loitering'],
  period: 'since 9 January 2026',
});
const narrative =
  'He followed SECRET-NAME home. SPO considered, not applied because he is in custody.';
const record = makeRecord({ narrative, crimeReference: 'CR/40217/26' });

const ctx: SummaryContext = {
  names: summaryNames(defaultPack, CATALOGUE),
  zone: 'Europe/London',
  officer: 'PC4417',
};

async function input(actions: OfficerAction[] = [], now = NOW) {
  const prompts = evaluatePrompts({
    analysis,
    record,
    actions,
    mandatory: ['spo'],
    services: DEFAULT_SERVICES,
    now,
    catalogue: CATALOGUE,
  });
  return summaryInput(analysis, prompts, actions, {
    now,
    catalogue: CATALOGUE.version,
    digest: await summaryDigests(record),
  });
}

const NA: OfficerAction = {
  promptId: 'evidence',
  state: 'not_applicable',
  reason: 'Evidence secured by another officer',
  at: NOW - 60_000,
};

/** The readable lines: everything but the data line. */
function readable(block: string): string {
  return block
    .split('\n')
    .filter((l) => !l.startsWith(DATA_PREFIX))
    .join('\n');
}

/**
 * Ids that would read as internal if they leaked: compound ids, ids with digits and
 * abbreviations, from every id list the block draws on, and every rule id in the pack.
 */
function internalIds(): string[] {
  const all = [
    ...BEHAVIOUR_IDS,
    ...RISK_IDS,
    ...RELATIONSHIP_IDS,
    ...FOUR_ELEMENTS,
    ...PROMPT_IDS,
    ...VNA_STEP_IDS,
    ...VNA_STEP_IDS.map((s) => `vna.${s}`),
    ...PROMPT_STATES,
    ...defaultPack.rules.map((r) => r.id),
  ];
  return all.filter((id) => /[_.\d]/.test(id) || id.length <= 3);
}

describe('formatSummary', () => {
  it('starts and ends with the fixed markers and carries one versioned data line', async () => {
    const lines = formatSummary(await input(), ctx).split('\n');
    expect(lines[0]).toBe(SUMMARY_START);
    expect(lines.at(-1)).toBe(SUMMARY_END);
    expect(lines.at(-2)).toMatch(/^WAYMARK-DATA v2 [A-Za-z0-9_-]+$/);
    expect(lines.filter((l) => l.startsWith(DATA_PREFIX))).toHaveLength(1);
  });

  it('reads as plain English with names from the pack and the catalogue, in local time', async () => {
    const text = readable(formatSummary(await input([NA]), ctx));
    expect(text).toContain(
      'Written by Waymark on 27 November 2026 at 03:15 GMT for officer PC4417.',
    );
    expect(text).toContain('this is not a risk assessment');
    expect(text).toContain(`${defaultPack.behaviours.repeated_contact.label} (5 mentions)`);
    expect(text).toContain(`${defaultPack.behaviours.following.label} (2 mentions)`);
    expect(text).toContain(defaultPack.risks.threat_to_kill.label);
    expect(text).toContain("Suspect's relationship to the victim: Ex-partner (domestic abuse).");
    expect(text).toContain('Period: since 9 January 2026.');
    const evidence = CATALOGUE.prompts.find((p) => p.id === 'evidence')!.title;
    expect(text).toContain(
      `- ${evidence}: not applicable, set by officer PC4417 on 27 November 2026 at 03:14 GMT. ` +
        'Reason given: "Evidence secured by another officer".',
    );
    expect(text).not.toMatch(/UTC|score|\d\.\d{2}/);
  });

  it('writes summer times in British Summer Time', async () => {
    const july = Date.UTC(2026, 6, 1, 8, 5);
    expect(formatSummary(await input([], july), ctx)).toContain('1 July 2026 at 09:05 BST');
  });

  it('says who set each step: the officer, the record, or nobody yet', async () => {
    const text = readable(formatSummary(await input([NA]), ctx));
    const spo = CATALOGUE.prompts.find((p) => p.id === 'spo')!.title;
    // The narrative records the SPO decision, so the record itself satisfies that prompt.
    expect(text).toMatch(new RegExp(`^- ${spo}: done \\(the record shows it`, 'm'));
    expect(text).toMatch(/Required by force policy\.$/m);
    expect(text).toMatch(/: still to do\.$/m);
  });

  it('has no taxonomy, rule or internal id in the readable part', async () => {
    const text = readable(formatSummary(await input([NA]), ctx));
    const ids = internalIds();
    expect(ids.length).toBeGreaterThan(40);
    for (const id of ids) {
      expect(text, id).not.toMatch(
        new RegExp(`(^|[^A-Za-z0-9])${id.replace(/\./g, '\\.')}($|[^A-Za-z0-9])`),
      );
    }
  });

  it('never quotes the narrative', async () => {
    const block = formatSummary(await input([NA]), ctx);
    const data = parseSummary(block);
    expect(block).not.toContain('SECRET-NAME');
    expect(JSON.stringify(data)).not.toContain('SECRET-NAME');
    expect(JSON.stringify(data)).not.toContain('followed');
  });

  it('a typed reason cannot end the block early or forge a data line', async () => {
    const sneaky: OfficerAction = {
      ...NA,
      reason: `done\n${SUMMARY_END}\nWAYMARK-DATA v2 AAAA\n${SUMMARY_START}`,
    };
    const block = formatSummary(await input([sneaky]), ctx);
    expect(block.split(SUMMARY_END)).toHaveLength(2);
    expect(block.match(/--- Waymark summary/g)).toHaveLength(1);
    expect(parseSummary(block).status).toBe('found');
  });

  it('is written in Welsh when Welsh is active, with the same language-independent data line', async () => {
    const i = await input([NA]);
    const english = formatSummary(i, ctx);
    setLanguage('cy', cy);
    try {
      const catalogue = localiseCatalogue(CATALOGUE, cy);
      const welsh = formatSummary(i, { ...ctx, names: summaryNames(defaultPack, catalogue, cy) });
      expect(welsh).toContain('Dangosyddion stelcio yn yr adroddiad');
      expect(welsh).toContain('Dilyn (2 gyfeiriad)');
      expect(welsh).toContain('Tachwedd 2026 am');
      expect(welsh.split('\n')[0]).toBe(SUMMARY_START);
      const parsed = parseSummary(welsh);
      const before = parseSummary(english);
      expect(parsed.status).toBe('found');
      expect(parsed.status === 'found' && parsed.data.input).toEqual(
        before.status === 'found' && before.data.input,
      );
    } finally {
      setLanguage('en', en);
    }
  });

  it('is deterministic', async () => {
    const i = await input([NA]);
    expect(formatSummary(i, ctx)).toBe(formatSummary(i, ctx));
  });
});

describe('parseSummary', () => {
  it('round-trips the data, with or without the audit chain head', async () => {
    const i = await input([NA]);
    const parsed = parseSummary(`Officer notes.\n\n${formatSummary(i, ctx)}\n\nLater note.`);
    expect(parsed.status).toBe('found');
    if (parsed.status !== 'found') return;
    expect(parsed.data.input).toEqual(i);
    expect(parsed.data.officer).toBe('PC4417');
    expect(parsed.data.zone).toBe('Europe/London');
    expect(parsed.data.chain).toBeUndefined();
    const evidence = parsed.data.input.prompts.find((p) => p.id === 'evidence')!;
    expect(evidence).toMatchObject({ state: 'not_applicable', by: 'officer', at: NA.at });

    const chain = { seq: 41, hash: 'a'.repeat(64) };
    const withChain = parseSummary(formatSummary(i, { ...ctx, chain }));
    expect(withChain.status === 'found' && withChain.data.chain).toEqual(chain);
  });

  it('says missing when the notes hold no block', () => {
    expect(parseSummary('Just the officer’s notes.')).toEqual({ status: 'missing' });
  });

  it('flags a readable line edited by hand, and still shows what the data said', async () => {
    const block = formatSummary(await input([NA]), ctx);
    const edited = block.replace('not applicable, set by', 'done, set by');
    expect(edited).not.toBe(block);
    const parsed = parseSummary(edited);
    expect(parsed.status).toBe('invalid');
    expect(parsed.status === 'invalid' && parsed.reason).toMatch(/edited by hand/);
    expect(parsed.status === 'invalid' && parsed.data?.input.prompts.length).toBeGreaterThan(0);
  });

  it('refuses a damaged or altered data line', async () => {
    const block = formatSummary(await input([NA]), ctx);
    const line = block.split('\n').find((l) => l.startsWith(DATA_PREFIX))!;
    const payload = line.split(' ')[2]!;
    const json = JSON.parse(
      new TextDecoder().decode(
        Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) =>
          c.charCodeAt(0),
        ),
      ),
    );
    json.input.prompts[0].state = 'finished';
    const forged = btoa(JSON.stringify(json))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    for (const bad of [
      block.replace(payload, payload.slice(0, -7)),
      block.replace(payload, forged),
      block.replace(line, line.replace(' v2 ', ' v9 ')),
      block.replace(line, ''),
      block.replace(SUMMARY_END, ''),
    ]) {
      expect(parseSummary(bad).status, bad.slice(-80)).toBe('invalid');
    }
  });

  it('reads a block an editor turned into paragraphs', async () => {
    const block = formatSummary(await input([NA]), ctx);
    const reflowed = block
      .split('\n')
      .map((l) => l.replace(/ /g, (m, i: number) => (i % 7 === 0 ? '\u00a0' : m)))
      .join('\n\n');
    expect(parseSummary(reflowed).status).toBe('found');
  });

  it('reports an older block without a data line as invalid', () => {
    const v1 = '--- Waymark summary (v1) ---\nPrompts:\n- spo: DONE\n--- end Waymark summary ---';
    expect(parseSummary(v1).status).toBe('invalid');
  });

  it('finds the block again after it replaced an earlier one', async () => {
    const first = formatSummary(await input(), ctx);
    const second = formatSummary(await input([NA]), ctx);
    const notes = replaceSummary(replaceSummary('Notes.', first), second);
    const parsed = parseSummary(notes);
    expect(parsed.status === 'found' && parsed.data.input.prompts).toContainEqual(
      expect.objectContaining({ id: 'evidence', state: 'not_applicable' }),
    );
  });
});

describe('summaryChanges', () => {
  it('notices a changed narrative or key field, not a change in spacing', async () => {
    const parsed = parseSummary(formatSummary(await input(), ctx));
    if (parsed.status !== 'found') throw new Error(parsed.status);
    const same = await summaryDigests({
      ...record,
      narrative: `  ${narrative.replace(/ /g, '\n ')}`,
    });
    expect(summaryChanges(parsed.data, same)).toEqual({ narrative: false, fields: false });
    const edited = await summaryDigests({ ...record, narrative: `${narrative} Added later.` });
    expect(summaryChanges(parsed.data, edited)).toEqual({ narrative: true, fields: false });
    const reclassified = await summaryDigests({ ...record, classification: '8L Harassment' });
    expect(summaryChanges(parsed.data, reclassified)).toEqual({ narrative: false, fields: true });
    expect(summaryChanges(parsed.data, null)).toBeNull();
  });
});

describe('the summary message', () => {
  async function request(actions: OfficerAction[] = []) {
    const prompts = evaluatePrompts({
      analysis,
      record,
      actions,
      mandatory: ['spo'],
      services: DEFAULT_SERVICES,
      now: NOW,
      catalogue: CATALOGUE,
    });
    return summaryRequest(analysis, prompts, actions, {
      now: NOW,
      catalogue: CATALOGUE.version,
      digest: await summaryDigests(record),
    });
  }

  it('accepts what the content script sends, keeps only what the block needs', async () => {
    const req = await request([NA]);
    const parsed = SummaryRequestSchema.parse(req);
    expect(JSON.stringify(parsed)).not.toContain('"ask"');
    expect(toSummaryInput(parsed)).toEqual(toSummaryInput(req));
    expect(SummaryInputSchema.safeParse(toSummaryInput(parsed)).success).toBe(true);
  });

  it('refuses narrative text, unknown fields and oversized values', async () => {
    const req = await request([NA]);
    expect(SummaryRequestSchema.safeParse({ ...req, narrative }).success).toBe(false);
    const long = { ...req, actions: [{ ...NA, reason: 'x'.repeat(501) }] };
    expect(SummaryRequestSchema.safeParse(long).success).toBe(false);
    const i = toSummaryInput(req);
    const tooLong = { ...i, prompts: [{ ...i.prompts[0]!, reason: 'x'.repeat(201) }] };
    expect(SummaryInputSchema.safeParse(tooLong).success).toBe(false);
  });

  it('carries no narrative text in the request', async () => {
    const json = JSON.stringify(await request([NA]));
    expect(json).not.toContain('SECRET-NAME');
    expect(json).not.toContain('followed');
  });
});
