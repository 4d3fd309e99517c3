import { describe, expect, it } from 'vitest';
import { defaultPack } from '../core/index';
import { CATALOGUE } from './catalogue';
import { evaluatePrompts } from './evaluate';
import { promptNames, summaryNames } from './labels';
import { buildReview, reviewLine, ReviewRequestSchema, type ReviewRequest } from './review';
import { DEFAULT_SERVICES } from './services';
import { SUMMARY_START } from './summary';
import { summaryDigests } from './summary-digest';
import { formatSummary } from './summary-format';
import { summaryInput } from './summary-input';
import { makeRecord, stalkingAnalysis } from './test-fixtures';
import type { OfficerAction, PromptView, RecordState } from './types';

const NOW = Date.UTC(2026, 10, 27, 3, 15);
const analysis = stalkingAnalysis({
  relationship: 'ex_partner',
  behaviours: { repeated_contact: 5, following: 2 },
  risk: ['threat_to_kill'],
  period: 'since 9 January 2026',
});
const record = makeRecord({ narrative: 'He followed her home again.', crimeReference: 'CR/1/26' });
const NA: OfficerAction = {
  promptId: 'evidence',
  state: 'not_applicable',
  reason: 'Evidence secured by another officer',
  at: NOW - 60_000,
};
const ctx = { names: promptNames(CATALOGUE), zone: 'Europe/London' };

function prompts(actions: OfficerAction[], at: RecordState = record): PromptView[] {
  return evaluatePrompts({
    analysis,
    record: at,
    actions,
    mandatory: ['spo'],
    services: DEFAULT_SERVICES,
    now: NOW,
    catalogue: CATALOGUE,
  });
}

/** The block an officer inserts after setting the evidence prompt not applicable. */
async function officerBlock(): Promise<string> {
  const input = summaryInput(analysis, prompts([NA]), [NA], {
    now: NOW,
    catalogue: CATALOGUE.version,
    digest: await summaryDigests(record),
  });
  return formatSummary(input, {
    names: summaryNames(defaultPack, CATALOGUE),
    zone: 'Europe/London',
    officer: 'PC4417',
  });
}

/** What a supervisor's content script sends: no officer actions on their machine. */
async function request(block: string | null, at: RecordState = record): Promise<ReviewRequest> {
  const now = prompts([], at).flatMap((p) => [
    { id: p.id, state: p.state, mandatory: p.mandatory },
    ...p.steps.map((s) => ({ id: `vna.${s.id}` as const, state: s.state, mandatory: false })),
  ]);
  return ReviewRequestSchema.parse({ block, digest: await summaryDigests(at), now });
}

describe('buildReview', () => {
  it("shows the officer's decision, who set it and when in local time, and the reason", async () => {
    const view = buildReview(await request(await officerBlock()), ctx);
    expect(view.summary).toBe('found');
    expect(view.changed).toBe(false);
    expect(view.status).toBe(
      'Summary inserted for officer PC4417 on 27 November 2026 at 03:15 GMT.',
    );
    const evidence = view.prompts.find((p) => p.id === 'evidence')!;
    expect(evidence.state).toBe('not_applicable');
    expect(evidence.outstanding).toBe(false);
    expect(evidence.detail).toBe(
      'Set to not applicable by officer PC4417 on 27 November 2026 at 03:14 GMT. ' +
        'Reason given: "Evidence secured by another officer".',
    );
  });

  it('says "shown", not "set", for a prompt the officer never acted on, and that it is outstanding', async () => {
    const view = buildReview(await request(await officerBlock()), ctx);
    const spo = view.prompts.find((p) => p.id === 'spo')!;
    expect(spo.state).toBe('open');
    expect(spo.detail).toBe(
      'Shown as still to do; not set by officer PC4417. Still outstanding now.',
    );
    expect(spo.outstanding).toBe(true);
    expect(view.prompts.filter((p) => /^Set to/.test(p.detail)).map((p) => p.id)).toEqual([
      'evidence',
    ]);
  });

  it('flags a narrative edited since the summary, and key fields separately', async () => {
    const block = await officerBlock();
    const edited = { ...record, narrative: `${record.narrative} He has stopped now.` };
    const narrative = buildReview(await request(block, edited), ctx);
    expect(narrative.changed).toBe(true);
    expect(narrative.change).toBe('The narrative changed since the summary was inserted.');
    const fields = buildReview(await request(block, { ...record, spoDecision: 'Applied' }), ctx);
    expect(fields.changed).toBe(true);
    expect(fields.change).toMatch(/^Key fields .* changed/);
  });

  it('marks a hand-edited block invalid and shows none of its decisions as the officer\u2019s', async () => {
    const block = (await officerBlock()).replace('not applicable', 'done');
    const view = buildReview(await request(block), ctx);
    expect(view.summary).toBe('invalid');
    expect(view.status).toMatch(/cannot be trusted: The summary was edited by hand/);
    expect(view.prompts.some((p) => p.detail.includes('PC4417'))).toBe(false);
    // The evidence prompt shows as it is now on the record: not the officer's claimed decision.
    expect(view.prompts.find((p) => p.id === 'evidence')!.state).toBe('open');
  });

  it('marks a cut block invalid, and says so when there is no block at all', async () => {
    expect(buildReview(await request(SUMMARY_START), ctx).summary).toBe('invalid');
    const none = buildReview(await request(null), ctx);
    expect(none.summary).toBe('missing');
    expect(none.changed).toBe(false);
    expect(none.status).toMatch(/Waymark was not used, or the officer did not insert the summary/);
  });

  it('refuses narrative-sized payloads and unknown prompt ids at the boundary', () => {
    expect(
      ReviewRequestSchema.safeParse({ block: 'x'.repeat(40_001), digest: null, now: [] }).success,
    ).toBe(false);
    expect(
      ReviewRequestSchema.safeParse({
        block: null,
        digest: null,
        now: [{ id: 'nonsense', state: 'open', mandatory: false }],
      }).success,
    ).toBe(false);
  });
});

describe('reviewLine', () => {
  it('is one line naming the supervisor, the time, the outcome and what is outstanding', () => {
    const line = reviewLine(
      { summary: 'found', changed: true, outstanding: ['spo'] },
      { ...ctx, supervisor: 'PS9', at: NOW },
    );
    expect(line).toBe(
      'Waymark review: reviewed by supervisor PS9 on 27 November 2026 at 03:15 GMT; summary found; ' +
        `narrative or key fields changed since the summary; still outstanding: ${ctx.names.spo}.`,
    );
    expect(line).not.toContain('\n');
  });
});
