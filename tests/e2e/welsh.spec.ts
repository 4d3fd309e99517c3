import { expect, overlayLocator, test, waitForRegistration } from './fixtures';
import {
  hoverCard,
  overlayIn,
  STALKING_NARRATIVE,
  STALKING_TAIL,
  TRAINING_PROFILE,
  typeNarrative,
} from './overlay-helpers';

/**
 * Waymark's own text in Welsh: the panel, the options page and the dashboard, with the language
 * set by force policy (the policy as this browser last received it) or on the options page.
 */
test.describe('Welsh', () => {
  test('policy language cy words the panel in Welsh, and wins over the officer’s own setting', async ({
    page,
    serviceWorker,
    baseURL,
  }) => {
    await serviceWorker.evaluate(async (profile) => {
      await chrome.storage.local.set({
        settings: { siteProfiles: [profile], language: 'en' },
        policyLastGood: { language: 'cy' },
      });
    }, TRAINING_PROFILE);
    await waitForRegistration(serviceWorker, TRAINING_PROFILE.matches);

    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${baseURL}/training-record.html`);
    const overlay = overlayLocator(page);
    const panel = overlay.locator('[data-testid="waymark-panel"]');
    await expect(panel).toHaveCount(1);
    await expect(overlay.locator('.wm-root')).toHaveAttribute('lang', 'cy');
    await typeNarrative(page, page.locator('#narrative'), STALKING_NARRATIVE, STALKING_TAIL);

    const stalking = overlay.locator('[data-testid="waymark-stalking"]');
    await expect(stalking).toHaveAttribute('data-likely', 'true');
    await expect(stalking.locator('h2')).toHaveText('Dangosyddion stelcio: tebygol');
    // The engine's reasons, worded from their ids.
    await expect(stalking.locator('.wm-reasons')).toContainText('Cwrs ymddygiad: o leiaf');
    await expect(panel.locator('#wm-ind-h')).toHaveText('Ymddygiadau');
    await expect(panel.locator('[data-indicator="following"] .wm-ind-label')).toHaveText('Dilyn');
    await expect(panel.locator('#wm-prompts-h')).toContainText('Beth i’w wneud');
    await expect(panel.locator('[data-prompt="spo"] .wm-title')).toContainText(
      'Diogelu Rhag Stelcio',
    );
    await expect(panel.getByRole('button', { name: 'Mewnosod crynodeb' })).toBeVisible();
    // The behaviour's law line, from the catalogue rather than the rule pack's English.
    await expect(panel.locator('[data-indicator="following"] .wm-ind-meta')).toContainText(
      'Deddf Amddiffyn rhag Aflonyddu 1997 a.2A(3)(a): dilyn person',
    );

    // A highlight's card gives its law and why lines in Welsh.
    const card = await hoverCard(page, overlay, 'following');
    await expect(card).toContainText('Y gyfraith: Deddf Amddiffyn rhag Aflonyddu 1997 a.2A(3)(a)');
    await expect(card).toContainText('Pam: Mae dilyn ar droed');
    await expect(card).not.toContainText(/PHA 1997|following a person|Law:|Why:/);
    await page.mouse.move(1, 1);
    // Nothing shows a message id where wording should be.
    expect(await panel.innerText()).not.toMatch(/\b(?:panel|prompt|reason|summary)\.[a-z]+/);

    // The block written into the record is Welsh; its markers and data line are the same.
    await overlay.locator('[data-action="insert-summary"]').click();
    const notes = page.locator('#notes');
    await expect(notes).toHaveValue(
      /^--- Waymark summary ---\n[^]*Dangosyddion stelcio yn yr adroddiad: tebygol\.[^]*\nWAYMARK-DATA v2 [\w-]+\n--- end/,
    );
    await expect(overlay.getByTestId('waymark-insert-status')).toHaveText(
      'Crynodeb wedi’i ysgrifennu yn y maes nodiadau.',
    );
  });

  test('the options page follows the officer’s own language setting', async ({
    page,
    extensionId,
    serviceWorker,
  }) => {
    await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { language: 'cy' } }));
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expect(page.locator('h1')).toHaveText('Gosodiadau Waymark');
    await expect(page.locator('#profiles-h')).toHaveText('Lle mae Waymark yn rhedeg');
    await expect(page.getByTestId('language')).toHaveValue('cy');

    // Back to English from the page itself; the choice is kept with the other settings.
    await page.getByTestId('language').selectOption('en');
    await page.getByTestId('identity').getByRole('button', { name: 'Cadw' }).click();
    await expect(page.locator('h1')).toHaveText('Waymark settings');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const stored = await serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
    expect(stored.settings).toMatchObject({ language: 'en' });
  });

  test('a language set by policy cannot be changed on the options page', async ({
    page,
    extensionId,
    serviceWorker,
  }) => {
    await serviceWorker.evaluate(() =>
      chrome.storage.local.set({ settings: {}, policyLastGood: { language: 'cy' } }),
    );
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.locator('h1')).toHaveText('Gosodiadau Waymark');
    await expect(page.getByTestId('language')).toBeDisabled();
    await expect(page.locator('[data-setting="language"][data-source="policy"]')).toContainText(
      'wedi’i osod gan bolisi',
    );
    // Its refusals are worded in Welsh too: here, that the browser gave no policy this time.
    await expect(page.getByTestId('policy-errors')).toContainText(
      'polisi: ni roddodd y porwr un; cedwir y polisi da diwethaf',
    );
  });

  test('the dashboard is in Welsh', async ({ page, extensionId, serviceWorker }) => {
    await serviceWorker.evaluate(() =>
      chrome.storage.local.set({
        settings: { officerId: 'PS4821' },
        policyLastGood: { role: 'supervisor', language: 'cy' },
      }),
    );
    await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expect(page.locator('h1')).toHaveText('Waymark – dangosfwrdd y goruchwyliwr');
    await expect(page.locator('#wm-filters-h')).toHaveText('Hidlyddion');
    await expect(page.getByTestId('wm-records').locator('caption')).toContainText('Cofnodion');
    await expect(page.locator('#wm-counts-h')).toHaveText('Cyfrifon cyffredinol');
    expect(await page.locator('main').innerText()).not.toMatch(/\b(?:dash|records|counts)\.[a-z]+/);
  });

  test('the training demo is in Welsh, and its narratives stay English for the engine', async ({
    page,
    extensionId,
    serviceWorker,
  }) => {
    await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { language: 'cy' } }));
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`chrome-extension://${extensionId}/demo.html`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expect(page).toHaveTitle('Waymark – arddangosiad hyfforddi');
    await expect(page.getByTestId('demo-banner')).toHaveText(
      'ARDDANGOSIAD HYFFORDDI – cofnod ffug, ni chaiff dim ei gadw yn y log archwilio go iawn',
    );
    await expect(page.locator('#demo-heading')).toHaveText('Arddangosiad hyfforddi Waymark');
    const scenarios = page.getByTestId('demo-scenarios');
    await expect(scenarios.locator('option[data-scenario="ex-partner-harassment"]')).toHaveText(
      'Cyn-bartner wedi’i gofnodi fel aflonyddu',
    );
    const presenter = page.getByTestId('demo-scenario');
    await expect(presenter.locator('.demo-summary')).toContainText('Mae cyn-bartner yn dal i');
    await expect(presenter.locator('.demo-teach').first()).toContainText(
      'Mae’r cofnod yn dechrau fel y mae llawer yn ei wneud',
    );

    // Played to the end, the narrative typed into the record is the English the engine reads,
    // and the overlay on the training record answers in Welsh.
    await page.getByLabel('Cyflymder teipio').selectOption('instant');
    await presenter.getByRole('button', { name: 'Chwarae', exact: true }).click();
    await expect(presenter).toHaveAttribute('data-demo-state', 'finished', { timeout: 20_000 });
    await expect(page.locator('textarea#narrative')).toHaveValue(/text messages every day/);
    const overlay = overlayIn(page);
    await expect(overlay.locator('[data-testid="waymark-stalking"]')).toHaveAttribute(
      'data-likely',
      'true',
    );
    await expect(overlay.locator('[data-indicator="repeated_contact"] .wm-ind-meta')).toContainText(
      'Deddf Amddiffyn rhag Aflonyddu 1997 a.2A(3)(b)',
    );

    // The trainer notes are Welsh too.
    await page.keyboard.press('e');
    const notes = page.getByTestId('demo-notes');
    await expect(notes).toBeVisible();
    await expect(notes).toContainText('Y farn ddisgwyliedig: stelcio’n debygol');
    await expect(notes).toContainText('FOUR yn y testun');
    await expect(notes).toContainText('Daeth hi â’r berthynas i ben a rhwystrodd ei rif.');
    expect(await page.locator('body').innerText()).not.toMatch(
      /\b(?:demo|practice|scenario|refusal)\.[a-z]+/,
    );
  });

  test('without a setting, an English browser gets English', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText('Waymark settings');
  });
});
