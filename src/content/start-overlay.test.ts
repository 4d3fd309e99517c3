import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MessageError, send } from '../messaging/client';
import type * as ClientModule from '../messaging/client';
import { MAX_RECORD_KEY, MAX_RECORD_REF } from '../messaging/limits';
import type { SaveState } from './bridge';
import type { OfficerAction } from '../prompts/types';
import { MAX_UNSAVED, SAVE_RETRY_MS, messageBridge } from './start-overlay';

vi.mock('../messaging/client', async (original) => ({
  ...(await original<typeof ClientModule>()),
  send: vi.fn(),
}));
const sent = vi.mocked(send);

const shown = { kind: 'prompt_shown', promptId: 'spo', state: 'open' } as const;
const action = (at: number): OfficerAction => ({ promptId: 'spo', state: 'done', at });

describe('messageBridge: nothing lost silently', () => {
  let ac: AbortController;
  let states: SaveState[];
  const bridge = () => {
    const b = messageBridge(ac.signal);
    b.watchSaving!((s) => states.push(s));
    return b;
  };

  beforeEach(() => {
    vi.useFakeTimers();
    ac = new AbortController();
    states = [];
  });
  afterEach(() => {
    ac.abort();
    vi.useRealTimers();
  });

  it('retries a failed append until it is saved, and says so', async () => {
    sent.mockRejectedValueOnce(new MessageError('failed', 'QuotaExceededError'));
    sent.mockResolvedValue({ seq: 0 });
    bridge().appendAudit(shown, 'CR/1/26');
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toEqual({ waiting: 1, lost: 0 });
    await vi.advanceTimersByTimeAsync(SAVE_RETRY_MS);
    expect(sent).toHaveBeenCalledTimes(2);
    expect(sent).toHaveBeenLastCalledWith('audit/append', { event: shown, recordRef: 'CR/1/26' });
    expect(states.at(-1)).toEqual({ waiting: 0, lost: 0 });
  });

  it('keeps at most a bounded queue and counts what it had to drop', async () => {
    sent.mockRejectedValue(new Error('Could not establish connection'));
    const b = bridge();
    for (let i = 0; i < MAX_UNSAVED + 5; i++) b.appendAudit(shown, null);
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toEqual({ waiting: MAX_UNSAVED, lost: 5 });
  });

  it('gives up at once on a request the background refuses as malformed', async () => {
    sent.mockRejectedValue(new MessageError('bad_request', 'audit/append: bad'));
    bridge().appendAudit(shown, null);
    await vi.advanceTimersByTimeAsync(SAVE_RETRY_MS * 2);
    expect(sent).toHaveBeenCalledTimes(1);
    expect(states.at(-1)).toEqual({ waiting: 0, lost: 1 });
  });

  it('retries decisions with the newest list for the record, and stops when the script ends', async () => {
    sent.mockRejectedValueOnce(new Error('worker restarting'));
    sent.mockResolvedValue({ saved: 1 });
    const b = bridge();
    b.saveActions('/case', [action(1)]);
    await vi.advanceTimersByTimeAsync(0);
    b.saveActions('/case', [action(1), action(2)]);
    await vi.advanceTimersByTimeAsync(SAVE_RETRY_MS);
    expect(sent.mock.calls.at(-1)).toEqual([
      'actions/set',
      { recordKey: '/case', actions: [action(1), action(2)] },
    ]);
    expect(states.at(-1)).toEqual({ waiting: 0, lost: 0 });

    sent.mockRejectedValue(new Error('gone'));
    b.appendAudit(shown, null);
    await vi.advanceTimersByTimeAsync(0);
    const calls = sent.mock.calls.length;
    ac.abort();
    await vi.advanceTimersByTimeAsync(SAVE_RETRY_MS * 3);
    expect(sent.mock.calls.length).toBe(calls);
  });

  it('sends a long crime reference and a long path within the message limits', async () => {
    sent.mockResolvedValue({ actions: [] });
    const b = bridge();
    b.appendAudit(shown, 'R'.repeat(MAX_RECORD_REF + 50));
    await b.loadActions(`/${'p'.repeat(5000)}`);
    const payloads = sent.mock.calls.map((call) => call[1] as Record<string, string>);
    expect(payloads[0]?.recordRef).toHaveLength(MAX_RECORD_REF);
    expect(payloads[1]?.recordKey).toHaveLength(MAX_RECORD_KEY);
  });
});
