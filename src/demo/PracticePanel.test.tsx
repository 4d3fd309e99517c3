// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PracticeResult } from './practice';
import { PracticePanel } from './PracticePanel';
import { SCENARIOS, scenarioById } from './scenarios';

let host: HTMLElement;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});

afterEach(async () => {
  await act(() => render(null, host));
  host.remove();
});

const stranger = scenarioById('stranger')!;
const RESULT: PracticeResult = {
  exerciseId: 'stranger',
  title: stranger.title,
  score: 55,
  parts: [{ label: 'Key facts captured', got: 35, outOf: 40 }],
  facts: [
    { fact: 'His description', captured: false },
    { fact: 'He is a stranger to her', captured: true },
  ],
  behaviours: [{ id: 'following', visible: true }],
  judgement: { likely: true, expected: true },
  classification: { chosen: 'Harassment (8L)', expected: 'stalking', correct: false },
  prompts: [{ id: 'spo', state: 'open' }],
};
const NARRATIVE = 'A man she does not know waits at her stop.';

function button(name: string): HTMLButtonElement {
  return [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
}

async function mount(onChoose = vi.fn()) {
  await act(() =>
    render(
      <PracticePanel
        exercise={stranger}
        exercises={SCENARIOS.filter((s) => s.practice)}
        onChoose={onChoose}
        score={() => RESULT}
        narrative={() => NARRATIVE}
      />,
      host,
    ),
  );
  return onChoose;
}

/** The text of the next download, caught where the page makes its object URL. */
async function downloaded(): Promise<string> {
  let blob: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blob = b as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  await act(async () => {
    button('Download result').click();
  });
  expect(blob).not.toBeNull();
  return (blob as unknown as Blob).text();
}

describe('PracticePanel', () => {
  it('shows the brief, then the score and feedback when the trainee finishes', async () => {
    await mount();
    expect(host.querySelector('[data-testid="practice-brief"]')!.textContent).toBe(
      stranger.practice!.brief,
    );
    expect(host.querySelector('[data-testid="practice-result"]')).toBeNull();
    await act(async () => {
      button('Finish and score').click();
    });
    const result = host.querySelector<HTMLElement>('[data-testid="practice-result"]')!;
    expect(result.dataset.score).toBe('55');
    expect(result.querySelector('[data-captured="false"]')!.textContent).toBe(
      'Missed: His description',
    );
    expect(result.querySelector('[data-correct]')!.textContent).toContain('Check this.');
    expect(document.activeElement?.id).toBe('practice-score');
  });

  it('downloads the result without the narrative unless the trainee keeps it', async () => {
    await mount();
    await act(async () => {
      button('Finish and score').click();
    });
    const plain = await downloaded();
    expect(plain).toContain('Score: 55 out of 100');
    expect(plain).not.toContain(NARRATIVE);
    const keep = host.querySelector<HTMLInputElement>('#practice-keep-narrative')!;
    await act(async () => {
      keep.click();
    });
    expect(await downloaded()).toContain(NARRATIVE);
  });

  it('start again asks for a fresh record and clears the result', async () => {
    const onChoose = await mount();
    await act(async () => {
      button('Finish and score').click();
    });
    await act(async () => {
      button('Start again').click();
    });
    expect(onChoose).toHaveBeenCalledWith('stranger');
    expect(host.querySelector('[data-testid="practice-result"]')).toBeNull();
  });
});
