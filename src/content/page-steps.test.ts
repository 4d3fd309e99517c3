import { describe, expect, it } from 'vitest';
import { makeRecord } from '../prompts/test-fixtures';
import type { PromptView } from '../prompts/types';
import { highlightSpans, panelNames, recordKeyOf, reviewNow } from './page-steps';
import { fakeAnalysis } from './test-analysis';

const TEXT = 'He followed me. He did not followed me. He waited outside.';

describe('recordKeyOf', () => {
  it('keys a record by its crime reference, else by the page path', () => {
    expect(recordKeyOf(makeRecord({ crimeReference: ' CR/1/26 ' }), '/case/9')).toBe('CR/1/26');
    expect(recordKeyOf(makeRecord({ crimeReference: '  ' }), '/case/9')).toBe('/case/9');
    expect(recordKeyOf(makeRecord({ crimeReference: '' }), undefined)).toBe('/');
  });
});

describe('highlightSpans', () => {
  it('highlights every piece of behaviour evidence, and set-aside matches only on request', () => {
    const analysis = fakeAnalysis(TEXT);
    const shown = highlightSpans(analysis, false);
    expect(shown.map((s) => [s.kind, s.id, TEXT.slice(s.start, s.end)])).toEqual([
      ['behaviour', 'following', 'followed'],
      ['behaviour', 'loitering_or_turning_up', 'waited outside'],
    ]);
    const all = highlightSpans(analysis, true);
    expect(all).toHaveLength(3);
    expect(all[2]).toMatchObject({ kind: 'suppressed', id: 'following' });
    expect(new Set(all.map((s) => s.key)).size).toBe(3);
  });

  it('has nothing to highlight before the first analysis', () => {
    expect(highlightSpans(null, true)).toEqual([]);
  });
});

describe('panelNames', () => {
  it('names the behaviours and set-aside matches the panel shows, and nothing else', () => {
    const names = panelNames(fakeAnalysis(TEXT), (id) => id.toUpperCase());
    expect(names).toEqual({
      following: 'FOLLOWING',
      loitering_or_turning_up: 'LOITERING_OR_TURNING_UP',
    });
    expect(panelNames(null, (id) => id)).toEqual({});
  });
});

describe('reviewNow', () => {
  it('lists each prompt then its VNA steps, steps never mandatory', () => {
    const prompt = (over: Partial<PromptView>): PromptView =>
      ({ id: 'spo', state: 'open', mandatory: true, steps: [], ...over }) as PromptView;
    const steps = [{ id: 'needs', state: 'done' }] as unknown as PromptView['steps'];
    expect(reviewNow([prompt({}), prompt({ id: 'vna', mandatory: false, steps })])).toEqual([
      { id: 'spo', state: 'open', mandatory: true },
      { id: 'vna', state: 'open', mandatory: false },
      { id: 'vna.needs', state: 'done', mandatory: false },
    ]);
  });
});
