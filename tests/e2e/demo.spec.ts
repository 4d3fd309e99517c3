import type { Locator, Page } from '@playwright/test';
import { SCENARIOS, expectedPrompts } from '../../src/demo/scenarios';
import { expect, test } from './fixtures';
import { overlayIn } from './overlay-helpers';

/**
 * The trainer demo (chrome-extension://<id>/demo.html): every scenario plays to the end on the
 * bundled training record and the real overlay reaches the judgement, indicators and prompts the
 * scenario teaches; the presenter controls stay beside the narrative on projector-sized screens.
 */

async function openDemo(page: Page, extensionId: string): Promise<Locator> {
  await page.goto(`chrome-extension://${extensionId}/demo.html`);
  // DemoApp.tsx DEMO_BANNER (not imported: the module pulls in the bundled record as ?raw).
  await expect(page.getByTestId('demo-banner')).toHaveText(
    'TRAINING DEMO – fictional record, nothing is saved to the real audit log',
  );
  await expect(page.getByTestId('demo-scenarios')).toBeVisible();
  return page.getByTestId('demo-scenario');
}

/** Choose a scenario, play it to the end at the instant speed and wait for the finish. */
async function playScenario(page: Page, presenter: Locator, id: string): Promise<void> {
  await page.getByTestId('demo-scenarios').selectOption(id);
  await expect(presenter).toHaveAttribute('data-scenario-id', id);
  await expect(presenter).toHaveAttribute('data-demo-state', 'ready');
  await page.getByLabel('Typing speed').selectOption('instant');
  await presenter.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(presenter).toHaveAttribute('data-demo-state', 'finished', { timeout: 20_000 });
}

test('the demo lists every scenario under the training banner', async ({ page, extensionId }) => {
  await openDemo(page, extensionId);
  const options = page.getByTestId('demo-scenarios').locator('option[data-scenario]');
  await expect(options).toHaveCount(SCENARIOS.length);
  const ids = await options.evaluateAll((els) => els.map((el) => el.getAttribute('value')));
  expect(ids.sort()).toEqual(SCENARIOS.map((s) => s.id).sort());
});

for (const scenario of SCENARIOS) {
  test(`scenario "${scenario.id}" plays to the end with the expected judgement and prompts`, async ({
    page,
    extensionId,
  }) => {
    const presenter = await openDemo(page, extensionId);
    await playScenario(page, presenter, scenario.id);
    await expect(presenter.locator('[data-step-state="done"]')).toHaveCount(scenario.steps.length);
    // The banner stays on screen the whole time.
    await expect(page.getByTestId('demo-banner')).toBeVisible();

    const overlay = overlayIn(page);
    await expect(overlay).toHaveCount(1);
    await expect(overlay.locator('[data-testid="waymark-stalking"]')).toHaveAttribute(
      'data-likely',
      String(scenario.expect.stalkingLikely),
    );
    for (const id of scenario.expect.behaviours) {
      await expect(overlay.locator(`[data-indicator="${id}"]`)).toHaveCount(1);
    }
    for (const id of expectedPrompts(scenario)) {
      await expect(overlay.locator(`[data-prompt="${id}"]`)).toHaveCount(1);
    }
    for (const id of scenario.expect.absentPrompts ?? []) {
      await expect(overlay.locator(`[data-prompt="${id}"]`)).toHaveCount(0);
    }
    if (scenario.kind === 'not-stalking') {
      await expect(overlay.locator('[data-prompt="classification"]')).toHaveCount(0);
      await expect(overlay.locator('[data-prompt="spo"]')).toHaveCount(0);
    }

    if (scenario.id === 'complete-the-record') {
      const prompts = overlay.locator('[data-prompt][data-state]');
      await expect(prompts.first()).toBeAttached();
      // Every prompt shown, and every VNA step, ends done or not applicable.
      await expect
        .poll(async () =>
          (
            await prompts.evaluateAll((els) =>
              els.map((e) => `${e.getAttribute('data-prompt')}=${e.getAttribute('data-state')}`),
            )
          ).filter((s) => !/=(?:done|not_applicable)$/.test(s)),
        )
        .toEqual([]);
      const steps = overlay.locator('[data-prompt="vna"] [data-vna-step][data-state]');
      await expect(steps).not.toHaveCount(0);
      const stepStates = await steps.evaluateAll((els) =>
        els.map((e) => `${e.getAttribute('data-vna-step')}=${e.getAttribute('data-state')}`),
      );
      expect(stepStates.filter((s) => !/=(?:done|not_applicable)$/.test(s))).toEqual([]);
    }
  });
}

/** True when the element's box lies wholly inside the viewport. */
async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y <= size.height;
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
]) {
  test(`at ${size.width}x${size.height} the controls and the narrative are on screen together`, async ({
    page,
    extensionId,
  }) => {
    await page.setViewportSize(size);
    const presenter = await openDemo(page, extensionId);
    await page.getByTestId('demo-scenarios').selectOption('stranger');
    await presenter.getByRole('button', { name: 'Next sentence' }).click();
    await presenter.getByRole('button', { name: 'Next sentence' }).click();
    await expect(presenter).toHaveAttribute('data-demo-state', 'paused');
    const narrative = page.locator('textarea#narrative');
    await expect(narrative).not.toHaveValue('');
    for (const name of ['Play', 'Next sentence', 'Next step', 'Reset']) {
      expect(await inView(page, presenter.getByRole('button', { name, exact: true }))).toBe(true);
    }
    expect(await inView(page, page.getByTestId('demo-scenarios'))).toBe(true);
    // The top of the narrative is visible and not under the overlay's panel.
    const field = await narrative.boundingBox();
    const panel = await overlayIn(page).locator('[data-testid="waymark-panel"]').boundingBox();
    expect(field).not.toBeNull();
    expect(field!.y).toBeGreaterThanOrEqual(0);
    expect(field!.y + 100).toBeLessThanOrEqual(size.height);
    if (panel) expect(field!.x + field!.width).toBeLessThanOrEqual(panel.x);
  });
}

test('pause keeps the place, keys play and step, and the notes explain', async ({
  page,
  extensionId,
}) => {
  const presenter = await openDemo(page, extensionId);
  await page.getByTestId('demo-scenarios').selectOption('co-parenting');
  const narrative = page.locator('textarea#narrative');
  await page.getByLabel('Typing speed').selectOption('slow');
  await presenter.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(narrative).not.toHaveValue('');
  await presenter.getByRole('button', { name: 'Pause' }).click();
  await expect(presenter).toHaveAttribute('data-demo-state', 'paused');
  const paused = await narrative.inputValue();
  await page.waitForTimeout(400);
  await expect(narrative).toHaveValue(paused);

  // Keys work from anywhere outside a field: N plays to the end of the step, 4 is instant.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('4');
  await page.keyboard.press('n');
  await expect(presenter).toHaveAttribute('data-demo-state', 'paused');
  const afterStep = await narrative.inputValue();
  expect(afterStep.startsWith(paused)).toBe(true);
  expect(afterStep.length).toBeGreaterThan(paused.length);

  await page.keyboard.press('e');
  const notes = page.getByTestId('demo-notes');
  await expect(notes).toBeVisible();
  await expect(notes).toContainText('Expected judgement: not stalking');
  await page.keyboard.press('r');
  await expect(presenter).toHaveAttribute('data-demo-state', 'ready');
  await expect(narrative).toHaveValue('');
});

test('a practice run gets a score, and the download keeps no narrative unless asked', async ({
  page,
  extensionId,
}) => {
  await openDemo(page, extensionId);
  await page.getByRole('button', { name: 'Practice' }).click();
  await page.getByLabel('Exercise').selectOption('stranger');
  const practice = page.getByTestId('practice');
  await expect(practice).toHaveAttribute('data-exercise', 'stranger');
  await expect(page.getByTestId('practice-brief')).toContainText('07:40 bus');

  // The trainee's account: everything but the man's description.
  const written =
    'The victim Leah FINCH, 19, does not know the suspect. Since mid-January he has waited at her bus stop most mornings and stared at her on the bus. On 29 January and 5 February he followed her from the bus to college. On 12 February he was photographing her from across the road. On 19 February he waited outside the bakery where she works. She now gets a lift to college and has given up her shifts.';
  await page.locator('#narrative').fill(written);
  await page.locator('#classification').selectOption({ label: 'Stalking (8Q)' });
  await page.locator('#spoDecision').selectOption({ label: 'Apply for full SPO' });
  await page.getByRole('button', { name: 'Finish and score' }).click();

  const result = page.getByTestId('practice-result');
  await expect(result).toBeVisible();
  const score = Number(await result.getAttribute('data-score'));
  expect(score).toBeGreaterThan(50);
  expect(score).toBeLessThan(100);
  await expect(result.locator('li[data-captured="false"]')).toHaveText(/His description/);
  await expect(result.locator('[data-correct]')).toHaveAttribute('data-correct', 'true');
  await expect(result.locator('li[data-prompt-state]').first()).toBeVisible();

  const read = async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      result.getByRole('button', { name: 'Download result' }).click(),
    ]);
    const { readFile } = await import('node:fs/promises');
    return readFile((await file.path())!, 'utf8');
  };
  const plain = await read();
  expect(plain).toContain(`Score: ${score} out of 100`);
  expect(plain).not.toContain('stared at her on the bus');
  await result.getByLabel('Keep my narrative in the download').check();
  expect(await read()).toContain(written);
});
