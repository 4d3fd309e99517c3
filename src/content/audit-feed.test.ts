import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditEventInput } from '../audit/schema';
import type { OfficerAction, PromptView } from '../prompts/types';
import { AuditFeed } from './audit-feed';
import { fakeAnalysis } from './test-analysis';

const prompt = (id: PromptView['id'], state: PromptView['state']): PromptView => ({
  id,
  state,
  mandatory: false,
  title: id,
  ask: '',
  why: '',
  satisfiedBy: '',
  doneBecause: null,
  points: [],
  steps: [],
});

let events: { e: AuditEventInput; ref: string | null }[];
let feed: AuditFeed;

beforeEach(() => {
  vi.useFakeTimers();
  events = [];
  feed = new AuditFeed(
    {
      appendAudit: (e, ref) => events.push({ e, ref }),
    },
    1000,
  );
});

afterEach(() => {
  vi.useRealTimers();
});

const none = new Map<OfficerAction['promptId'], OfficerAction>();
const text = 'He followed me. He waited outside.';

describe('AuditFeed', () => {
  it('shows each prompt once per record and logs state changes as automatic or not', () => {
    const a = fakeAnalysis(text);
    feed.update({
      recordKey: 'CR/1',
      recordRef: 'CR/1',
      analysis: a,
      prompts: [prompt('spo', 'open')],
      officer: none,
    });
    feed.update({
      recordKey: 'CR/1',
      recordRef: 'CR/1',
      analysis: a,
      prompts: [prompt('spo', 'open')],
      officer: none,
    });
    feed.update({
      recordKey: 'CR/1',
      recordRef: 'CR/1',
      analysis: a,
      prompts: [prompt('spo', 'done')],
      officer: none,
    });
    const action: OfficerAction = {
      promptId: 'spo',
      state: 'not_applicable',
      reason: 'No contact for 2 years',
      at: 1,
    };
    feed.update({
      recordKey: 'CR/1',
      recordRef: 'CR/1',
      analysis: a,
      prompts: [prompt('spo', 'not_applicable')],
      officer: new Map([['spo', action]]),
    });
    const prompts = events.filter((x) => x.e.kind !== 'indicators').map((x) => x.e);
    expect(prompts).toEqual([
      { kind: 'prompt_shown', promptId: 'spo', state: 'open' },
      { kind: 'prompt_state', promptId: 'spo', state: 'done', automatic: true },
      {
        kind: 'prompt_state',
        promptId: 'spo',
        state: 'not_applicable',
        automatic: false,
        reason: 'No contact for 2 years',
      },
    ]);
    // A different record shows its prompts afresh.
    feed.update({
      recordKey: 'CR/2',
      recordRef: 'CR/2',
      analysis: a,
      prompts: [prompt('spo', 'open')],
      officer: none,
    });
    expect(events.at(-1)).toEqual({
      e: { kind: 'prompt_shown', promptId: 'spo', state: 'open' },
      ref: 'CR/2',
    });
  });

  it('debounces indicator events and sends one only when the behaviour set changes', () => {
    const one = fakeAnalysis('He followed me.');
    const two = fakeAnalysis(text);
    for (let i = 0; i < 5; i++) {
      feed.update({ recordKey: 'k', recordRef: null, analysis: one, prompts: [], officer: none });
    }
    feed.update({ recordKey: 'k', recordRef: null, analysis: two, prompts: [], officer: none });
    expect(events).toHaveLength(0);
    vi.advanceTimersByTime(1000);
    expect(events.map((x) => x.e)).toEqual([
      {
        kind: 'indicators',
        behaviours: [
          { id: 'following', count: 1 },
          { id: 'loitering_or_turning_up', count: 1 },
        ],
        stalkingLikely: true,
        score: 0.8,
      },
    ]);
    feed.update({
      recordKey: 'k',
      recordRef: null,
      analysis: fakeAnalysis(`${text} `),
      prompts: [],
      officer: none,
    });
    vi.advanceTimersByTime(1000);
    expect(events).toHaveLength(1);
  });

  it('reports health once, only with missing roles', () => {
    feed.health([], null);
    feed.health(['notes', 'vna.vps'], 'CR/1');
    feed.health(['notes'], 'CR/1');
    expect(events).toEqual([
      { e: { kind: 'health', missingRoles: ['notes', 'vna.vps'] }, ref: 'CR/1' },
    ]);
  });
});
