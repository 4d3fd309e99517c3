// @vitest-environment happy-dom
import { setHtml } from '../adapters/test-dom';
import { describe, expect, it } from 'vitest';
import { insertSummary } from './insert-summary';

const trustedClick = { isTrusted: true } as Event;

describe('insertSummary', () => {
  it('refuses a synthetic click from the page', async () => {
    setHtml('<textarea id="notes">old</textarea>');
    const notes = document.getElementById('notes') as HTMLTextAreaElement;
    expect(await insertSummary(notes, 'new', new MouseEvent('click'))).toBe('untrusted');
    expect(notes.value).toBe('old');
  });

  it('writes a textarea through the native setter and fires input and change', async () => {
    setHtml('<textarea id="notes">old</textarea>');
    const notes = document.getElementById('notes') as HTMLTextAreaElement;
    const seen: string[] = [];
    notes.addEventListener('input', () => seen.push('input'));
    notes.addEventListener('change', () => seen.push('change'));
    expect(await insertSummary(notes, '--- Waymark summary (v1) ---', trustedClick)).toBe(
      'inserted',
    );
    expect(notes.value).toBe('--- Waymark summary (v1) ---');
    expect(seen).toEqual(['input', 'change']);
  });

  it('does nothing without a writable field', async () => {
    setHtml('<textarea id="notes" readonly></textarea><p id="p"></p>');
    expect(await insertSummary(null, 'x', trustedClick)).toBe('no-field');
    expect(await insertSummary(document.getElementById('notes'), 'x', trustedClick)).toBe(
      'not-writable',
    );
    expect(await insertSummary(document.getElementById('p'), 'x', trustedClick)).toBe(
      'not-writable',
    );
  });
});
