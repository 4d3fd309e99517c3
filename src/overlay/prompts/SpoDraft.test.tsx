// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSpoDraft } from '../../prompts/spo-draft';
import { spoDraftInput } from '../../prompts/spo-draft-input';

const draftOf = (...args: Parameters<typeof spoDraftInput>) =>
  buildSpoDraft(spoDraftInput(...args));
import { makeRecord, stalkingAnalysis } from '../../prompts/test-fixtures';
import { SpoDraft, copyDraft } from './SpoDraft';

const draft = draftOf(
  stalkingAnalysis({
    behaviours: ['following', 'contacting_third_parties'],
    chronology: [{ when: '4 March', date: '2026-03-04', behaviours: ['following'] }],
  }),
  makeRecord({ crimeReference: '44/1/26' }),
);

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('SpoDraft', () => {
  it('shows the draft mark, the three conditions and the chronology', async () => {
    await act(() => void render(<SpoDraft draft={draft} writeText={vi.fn()} />, host));
    expect(host.querySelector('.wm-draft-mark')?.textContent).toMatch(/^DRAFT/);
    const sections = [...host.querySelectorAll<HTMLElement>('[data-spo-section]')];
    expect(sections.map((s) => s.dataset.spoSection)).toEqual(['acts', 'risk', 'necessity']);
    expect(host.querySelector('.wm-chronology')?.textContent).toMatch(
      /4 March \(2026-03-04\): following the victim/,
    );
    expect(host.textContent).toMatch(/Crime reference: 44\/1\/26/);
    expect(host.querySelector('pre')?.textContent).toBe(draft.text);
  });

  it('a synthetic click on Copy does not copy', async () => {
    const writeText = vi.fn(async () => {});
    await act(() => void render(<SpoDraft draft={draft} writeText={writeText} />, host));
    const button = [...host.querySelectorAll('button')].find(
      (b) => b.textContent === 'Copy draft',
    )!;
    await act(() => void button.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(writeText).not.toHaveBeenCalled();
  });

  it('copyDraft writes the text and reports success or failure', async () => {
    const ok = vi.fn(async () => {});
    expect(await copyDraft(draft.text, ok)).toBe('copied');
    expect(ok).toHaveBeenCalledWith(draft.text);
    expect(await copyDraft(draft.text, async () => Promise.reject(new Error('denied')))).toBe(
      'failed',
    );
  });
});
