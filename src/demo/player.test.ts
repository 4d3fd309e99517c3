// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { chunkText, playStep, setField, typeInto } from './player';

afterEach(() => {
  document.body.replaceChildren();
});

const fast = () => ({ wordsPerChunk: 2, delayMs: 0, signal: new AbortController().signal });

describe('chunkText', () => {
  it('keeps every character, in order', () => {
    const text = 'IP states SUSP sent msgs.\n\nThen he  waited o/s.';
    expect(chunkText(text, 3).join('')).toBe(text);
    expect(chunkText(text, 3).length).toBe(3);
    expect(chunkText('', 3)).toEqual([]);
  });
});

describe('typeInto', () => {
  it('appends progressively with one input event per chunk', async () => {
    const ta = document.createElement('textarea');
    ta.value = 'Start.';
    document.body.append(ta);
    const seen: string[] = [];
    ta.addEventListener('input', () => seen.push(ta.value));
    await typeInto(ta, ' one two three four five', fast());
    expect(ta.value).toBe('Start. one two three four five');
    expect(seen.length).toBe(3);
    expect(seen[0]).toBe('Start. one two ');
  });

  it('stops when aborted', async () => {
    const ta = document.createElement('textarea');
    const ctl = new AbortController();
    ctl.abort();
    await expect(typeInto(ta, 'a b c', { ...fast(), signal: ctl.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(ta.value).toBe('');
  });
});

describe('setField', () => {
  it('selects by option text or value and fires change', () => {
    const select = document.createElement('select');
    const options: [value: string, text: string][] = [
      ['', '-- Select --'],
      ['8L', 'Harassment (8L)'],
      ['8Q', 'Stalking (8Q)'],
    ];
    for (const [value, text] of options) {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = text;
      select.append(option);
    }
    let changes = 0;
    select.addEventListener('change', () => changes++);
    expect(setField(select, 'Stalking (8Q)')).toBe(true);
    expect(select.value).toBe('8Q');
    expect(setField(select, '8L')).toBe(true);
    expect(select.value).toBe('8L');
    expect(setField(select, '')).toBe(true);
    expect(select.value).toBe('');
    expect(setField(select, 'Nothing like this')).toBe(false);
    expect(changes).toBe(3);
  });

  it('ticks checkboxes and fills text inputs', () => {
    const box = document.createElement('input');
    box.type = 'checkbox';
    expect(setField(box, true)).toBe(true);
    expect(box.checked).toBe(true);
    setField(box, false);
    expect(box.checked).toBe(false);
    const text = document.createElement('input');
    expect(setField(text, 'Wants no contact')).toBe(true);
    expect(text.value).toBe('Wants no contact');
  });
});

describe('playStep', () => {
  it('sets fields by role and types the narrative as a new paragraph', async () => {
    const form = document.createElement('form');
    const narrative = document.createElement('textarea');
    narrative.id = 'narrative';
    narrative.value = 'Earlier text.';
    const flag = document.createElement('input');
    flag.type = 'checkbox';
    flag.id = 'flagDA';
    form.append(narrative, flag);
    document.body.append(form);
    await playStep(form, { teach: 't', narrative: 'More text.', fields: { daFlag: true } }, fast());
    expect(flag.checked).toBe(true);
    expect(narrative.value).toBe('Earlier text.\n\nMore text.');
  });
});
