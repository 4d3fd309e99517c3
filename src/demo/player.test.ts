// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  START,
  chunkText,
  playFrom,
  playUnits,
  setField,
  splitSentences,
  stepsDone,
  typeInto,
  type Cursor,
  type PlayUntil,
} from './player';
import { SCENARIOS, scenarioNarrative, type Scenario } from './scenarios';

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

function recordForm(): { form: HTMLFormElement; narrative: HTMLTextAreaElement } {
  const form = document.createElement('form');
  const narrative = document.createElement('textarea');
  narrative.id = 'narrative';
  const flag = document.createElement('input');
  flag.type = 'checkbox';
  flag.id = 'flagDA';
  form.append(narrative, flag);
  document.body.append(form);
  return { form, narrative };
}

const twoSteps: Scenario = {
  ...SCENARIOS[0]!,
  steps: [
    { teach: 'a', fields: { daFlag: true }, narrative: 'One two. Three four five!' },
    { teach: 'b', narrative: 'Six “seven.” Eight' },
  ],
};

describe('splitSentences', () => {
  it('splits at sentence ends and keeps every character', () => {
    const text = 'IP states SUSP waited o/s at 07:40. Then he left!\n\nShe said “stop.” He did not';
    const parts = splitSentences(text);
    expect(parts.join('')).toBe(text);
    expect(parts).toEqual([
      'IP states SUSP waited o/s at 07:40.',
      ' Then he left!',
      '\n\nShe said “stop.”',
      ' He did not',
    ]);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('Done.  ')).toEqual(['Done.  ']);
  });
});

describe('playUnits', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s: types exactly the scenario narrative, one end per step, fields first',
    (_id, s) => {
      const units = playUnits(s);
      expect(units.map((u) => u.text ?? '').join('')).toBe(scenarioNarrative(s));
      expect(units.filter((u) => u.endsStep).map((u) => u.step)).toEqual(s.steps.map((_, i) => i));
      for (const [i, u] of units.entries()) {
        if (u.fields) expect(units[i - 1]?.step ?? -1).toBeLessThan(u.step);
      }
    },
  );
});

describe('playFrom', () => {
  const run = (
    root: ParentNode,
    from: Cursor,
    until: PlayUntil,
    signal = new AbortController().signal,
    onProgress: (c: Cursor) => void = () => undefined,
  ) =>
    playFrom(root, playUnits(twoSteps), from, until, {
      wordsPerChunk: 1,
      delayMs: 0,
      signal,
      onProgress,
    });

  it('plays one sentence at a time, setting the step’s fields first', async () => {
    const { form, narrative } = recordForm();
    let at = await run(form, START, 'sentence');
    expect(narrative.value).toBe('One two.');
    expect(form.querySelector<HTMLInputElement>('#flagDA')!.checked).toBe(true);
    at = await run(form, at, 'sentence');
    expect(narrative.value).toBe('One two. Three four five!');
    expect(stepsDone(playUnits(twoSteps), at)).toBe(1);
  });

  it('plays to the end of the step, then to the end', async () => {
    const { form, narrative } = recordForm();
    let at = await run(form, START, 'step');
    expect(narrative.value).toBe('One two. Three four five!');
    at = await run(form, at, 'end');
    expect(narrative.value).toBe('One two. Three four five!\n\nSix “seven.” Eight');
    expect(at.unit).toBe(playUnits(twoSteps).length);
    expect(stepsDone(playUnits(twoSteps), at)).toBe(2);
  });

  it('pauses mid-sentence and carries on without typing anything twice', async () => {
    const { form, narrative } = recordForm();
    const ctl = new AbortController();
    let last = START;
    await expect(
      run(form, START, 'end', ctl.signal, (c) => {
        last = c;
        // Unit 2 is the second sentence (unit 0 sets the flag, unit 1 types the first).
        if (c.unit === 2 && c.offset === ' Three '.length) ctl.abort();
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(narrative.value).toBe('One two. Three ');
    await run(form, last, 'end');
    expect(narrative.value).toBe(scenarioNarrative(twoSteps));
  });
});
