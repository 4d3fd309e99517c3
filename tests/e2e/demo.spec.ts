import type { Page } from '@playwright/test';
import { SCENARIOS } from '../../src/demo/scenarios';
import { expect, test } from './fixtures';

/**
 * The trainer demo (chrome-extension://<id>/demo.html): every scenario plays to the end on the
 * bundled training record and the real overlay reaches the judgement the scenario teaches.
 */

async function openDemo(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/demo.html`);
  // DemoApp.tsx DEMO_BANNER (not imported: the module pulls in the bundled record as ?raw).
  await expect(page.getByTestId('demo-banner')).toHaveText(
    'TRAINING DEMO – fictional record, nothing is saved to the real audit log',
  );
  await expect(page.getByTestId('demo-scenarios')).toBeVisible();
}

test('the demo lists every scenario under the training banner', async ({ page, extensionId }) => {
  await openDemo(page, extensionId);
  const buttons = page.getByTestId('demo-scenarios').locator('button[data-scenario]');
  await expect(buttons).toHaveCount(SCENARIOS.length);
  for (const [i, s] of SCENARIOS.entries()) {
    await expect(buttons.nth(i)).toHaveAttribute('data-scenario', s.id);
  }
});

for (const scenario of SCENARIOS) {
  test(`scenario "${scenario.id}" plays to the end with the expected judgement`, async ({
    page,
    extensionId,
  }) => {
    await openDemo(page, extensionId);
    const button = page
      .getByTestId('demo-scenarios')
      .locator(`button[data-scenario="${scenario.id}"]`);
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    const panel = page.getByTestId('demo-scenario');
    await expect(panel).toHaveAttribute('data-scenario-id', scenario.id);
    await expect(panel).toHaveAttribute('data-demo-state', 'ready');

    await panel.getByRole('button', { name: 'Play all steps' }).click();
    await expect(panel).toHaveAttribute('data-demo-state', 'finished', { timeout: 30_000 });
    await expect(panel.locator('[data-step-state="done"]')).toHaveCount(scenario.steps.length);
    // The banner stays on screen the whole time.
    await expect(page.getByTestId('demo-banner')).toBeVisible();

    const overlay = page.locator('waymark-overlay');
    await expect(overlay).toHaveCount(1);
    await expect(overlay.locator('[data-testid="waymark-stalking"]')).toHaveAttribute(
      'data-likely',
      String(scenario.expect.stalkingLikely),
    );
    for (const id of scenario.expect.behaviours) {
      await expect(overlay.locator(`[data-indicator="${id}"]`)).toHaveCount(1);
    }
    if (scenario.expect.behaviours.length === 0 && !scenario.expect.stalkingLikely) {
      await expect(overlay.locator('[data-indicator]')).toHaveCount(0);
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
