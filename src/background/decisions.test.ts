import { describe, expect, it } from 'vitest';
import { actionsKey, expiredDecisionKeys } from './decisions';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 27);

describe('expiredDecisionKeys', () => {
  it('removes decisions whose newest action is older than the retention period, and nothing else', () => {
    const old = actionsKey('https://rms.police.uk', 'CR/1/25');
    const mixed = actionsKey('https://rms.police.uk', 'CR/2/26');
    const fresh = actionsKey('https://rms.police.uk', 'CR/3/26');
    const stored = {
      [old]: [{ promptId: 'spo', state: 'done', at: NOW - 400 * DAY }],
      [mixed]: [
        { promptId: 'spo', state: 'done', at: NOW - 400 * DAY },
        { promptId: 'vna', state: 'done', at: NOW - 10 * DAY },
      ],
      [fresh]: [{ promptId: 'evidence', state: 'snoozed', at: NOW - DAY }],
      settings: { siteProfiles: [] },
      policyLastGood: {},
    };
    expect(expiredDecisionKeys(stored, 365, NOW)).toEqual([old]);
  });

  it('treats a damaged entry as expired', () => {
    const key = actionsKey('https://rms.police.uk', 'CR/9/26');
    expect(expiredDecisionKeys({ [key]: 'not a list', [`${key}x`]: [] }, 365, NOW)).toEqual([
      key,
      `${key}x`,
    ]);
  });
});
