import { expect, type Frame, type FrameLocator, type Locator, type Page } from '@playwright/test';
import type { SiteProfile } from '../../src/adapters/profile';

/**
 * Shared narratives and helpers for the overlay specs. The narratives are fictional; the stalking
 * one has a course of conduct across several occasions (following, repeated contact, turning up),
 * the other is a one-off theft with no stalking behaviour.
 */

export const STALKING_NARRATIVE =
  'Since we split up in January my ex-partner Daniel has followed me to work on three occasions. ' +
  'He has sent me over 60 text messages a day and keeps calling me from withheld numbers after I blocked him. ' +
  'On 3 March he was waiting outside my house when I got home, and on 10 March he turned up at my gym. ';

/** Typed key by key at the end, so the per-keystroke path runs for real. */
export const STALKING_TAIL = 'I am scared to go out on my own.';

export const NON_STALKING_NARRATIVE =
  'On 12 March the victim left her bicycle locked outside the library on Market Row. ' +
  'When she returned an hour later the lock had been cut and the bicycle was gone. ';

export const NON_STALKING_TAIL = 'CCTV is being checked.';

/** Behaviours the stalking narrative must show, whatever else the engine finds. */
export const EXPECTED_BEHAVIOURS = ['following', 'repeated_contact', 'loitering_or_turning_up'];

/** Fixture pages run in automatic mode: a profile with no fields. */
export const AUTO_PROFILE: SiteProfile = {
  id: 'fixture-pages',
  name: 'Fixture pages',
  matches: ['http://127.0.0.1/*'],
};

/** The training record mapped role by role through visible labels. */
export const TRAINING_PROFILE: SiteProfile = {
  id: 'training-record',
  name: 'Training crime record',
  matches: ['http://127.0.0.1/*'],
  fields: {
    narrative: { label: 'Circumstances (MO)' },
    crimeReference: { label: 'Crime reference' },
    classification: { label: 'HOCR classification' },
    daFlag: { label: 'Domestic abuse flag' },
    stalkingFlag: { label: 'Stalking flag' },
    relationship: { label: 'Relationship of suspect to victim' },
    riskScreen: { label: 'S-DASH / stalking screen completed' },
    dashRisk: { label: 'DASH risk level' },
    spoDecision: { label: 'SPO decision' },
    notes: { selector: '#notes' },
    'vna.enhanced_rights': { label: 'Enhanced rights category' },
    'vna.communication_needs': { label: 'Communication needs recorded' },
    'vna.contact_plan': { label: 'Contact method and frequency agreed' },
    'vna.support_referral': { label: 'Referral to support service' },
    'vna.written_confirmation': { label: 'Written confirmation sent' },
    'vna.vps': { label: 'Victim Personal Statement offered' },
    'vna.compensation': { label: 'Compensation information given' },
    'vna.special_measures': { label: 'Special measures considered' },
    'vna.bail_views': { label: "Victim's views on bail conditions" },
  },
};

/** Wait until a fixture page's editor has started. */
export async function fixtureReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { fixtureReady?: boolean }).fixtureReady === true,
  );
}

/** Type a narrative: the bulk as one insertion, the tail key by key. */
export async function typeNarrative(
  page: Page,
  field: Locator,
  bulk: string,
  tail: string,
): Promise<void> {
  await field.click();
  await page.keyboard.insertText(bulk);
  await field.pressSequentially(tail, { delay: 10 });
}

/** Hover the first highlight of `behaviour` and return its card, once visible. */
export async function hoverCard(page: Page, overlay: Locator, behaviour: string): Promise<Locator> {
  const highlight = overlay.locator(
    `[data-testid="waymark-highlight"][data-highlight="${behaviour}"]`,
  );
  const box = (await highlight.first().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const card = overlay.locator('[data-testid="waymark-card"]');
  await expect(card).toBeVisible();
  return card;
}

/** Where the overlay lives: the page, or (framesets) the frame that holds the narrative. */
export type OverlayScope = Page | FrameLocator;

/** Hooks that stay in the page's shadow root; every other hook lives in the panel's frame. */
const IN_PAGE = /waymark-highlight|waymark-frame|\.wm-hl|\.wm-layer/;

/** Locator methods that search the panel's frame. */
const IN_FRAME = new Set(['getByRole', 'getByText', 'getByLabel', 'getByTestId', 'getByTitle']);

/** The panel's frame as a Frame (to evaluate in it, or run axe there). */
export async function panelFrameOf(page: Page): Promise<Frame> {
  const handle = await page
    .locator('waymark-overlay iframe[data-testid="waymark-frame"]')
    .elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no Waymark panel frame on this page');
  return frame;
}

/** The panel's frame inside the overlay host. */
export function panelFrame(scope: OverlayScope): FrameLocator {
  return scope.locator('waymark-overlay iframe[data-testid="waymark-frame"]').contentFrame();
}

/**
 * The `<waymark-overlay>` host, as a Locator (so `toHaveCount` counts hosts), whose `locator()`
 * and `getBy…()` look inside the panel's extension frame (WAYMARK_TEST builds open the shadow root
 * around it, and Playwright enters frames) except for the highlight hooks, which stay in the page.
 * Specs keep writing `overlay.locator('[data-prompt="spo"]')` whichever side a hook lives on.
 */
export function overlayIn(scope: OverlayScope): Locator {
  const host = scope.locator('waymark-overlay');
  const frame = panelFrame(scope);
  return new Proxy(host, {
    get(target, prop, receiver) {
      if (prop === 'locator') {
        return (selector: string, options?: Parameters<Locator['locator']>[1]) =>
          IN_PAGE.test(selector)
            ? target.locator(selector, options)
            : frame.locator(selector, options);
      }
      if (typeof prop === 'string' && IN_FRAME.has(prop)) {
        const fn = (frame as unknown as Record<string, (...a: unknown[]) => Locator>)[prop]!;
        return fn.bind(frame);
      }
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
}
