import { describe, expect, it } from 'vitest';
import { analyse } from '../core/index';
import { protocol } from '../messaging/protocol';
import { buildSpoDraft } from './spo-draft';
import { SPO_DRAFT_LIMITS, spoDraftInput } from './spo-draft-input';
import { makeRecord } from './test-fixtures';

const request = protocol['spo/draft'].request;

describe('the SPO draft input the content script sends', () => {
  it('passes the background message check for a real analysis, and builds the draft', () => {
    const a = analyse(
      'On 2 March he followed her home. On 9 March he turned up at her work and on 10 March he put a tracker on her car. She is terrified.',
    );
    const input = spoDraftInput(a, makeRecord({ crimeReference: ' 44/1/26 ' }));
    expect(request.safeParse(input).success).toBe(true);
    const draft = buildSpoDraft(request.parse(input));
    expect(draft.crimeReference).toBe('44/1/26');
    expect(draft.acts.chronology.length).toBeGreaterThanOrEqual(3);
  });

  it('carries no narrative sentences', () => {
    const text =
      'On 2 March he followed her home from the station. She later received 40 messages from him.';
    const input = JSON.stringify(spoDraftInput(analyse(text), makeRecord()));
    expect(input).not.toContain('followed her home');
    expect(input).not.toContain('messages from him');
  });

  it('keeps within the message limits however long the record', () => {
    const long = Array.from(
      { length: SPO_DRAFT_LIMITS.occasions + 50 },
      (_, i) =>
        `On ${(i % 28) + 1}/${(Math.floor(i / 28) % 12) + 1}/20${10 + (i % 15)} he followed her home.`,
    ).join(' ');
    const input = spoDraftInput(
      analyse(long),
      makeRecord({ crimeReference: 'X'.repeat(SPO_DRAFT_LIMITS.crimeReference + 30) }),
    );
    expect(input.chronology.length).toBeLessThanOrEqual(SPO_DRAFT_LIMITS.occasions);
    expect(request.safeParse(input).success).toBe(true);
  });
});
