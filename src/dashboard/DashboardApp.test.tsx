// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { CATALOGUE } from '../prompts/catalogue';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openAuditDb, type AuditDb } from '../audit/db';
import type { AuditEventInput } from '../audit/schema';
import { appendEvent, exportJson, queryEvents, type AppendContext } from '../audit/store';
import { DashboardApp, type DashboardAppProps } from './DashboardApp';
import type { DashboardIdentity } from './identity';
import { NO_TEAM, memoryTeamStore } from './teams';

const T0 = Date.UTC(2026, 10, 2, 9, 0); // Monday 2 November 2026, 09:00 London
const H = 3_600_000;

let container: HTMLElement;
let dbName: string;
let counter = 0;

async function seed(): Promise<AuditDb> {
  const db = await openAuditDb(dbName);
  const add = (input: AuditEventInput, over: Partial<AppendContext> = {}) =>
    appendEvent(db, input, {
      recordRef: 'WM/100/26',
      profileId: 'niche-west',
      origin: 'https://crime.example.police.uk',
      officerId: 'PC1',
      demo: false,
      now: T0,
      ...over,
    });
  await add({
    kind: 'indicators',
    behaviours: [{ id: 'following', count: 3 }],
    stalkingLikely: true,
    score: 0.8,
  });
  await add({ kind: 'prompt_shown', promptId: 'vna', state: 'open' });
  await add({ kind: 'prompt_shown', promptId: 'spo', state: 'open' }, { now: T0 + H });
  await add(
    {
      kind: 'prompt_state',
      promptId: 'spo',
      state: 'not_applicable',
      reason: '=HYPERLINK("x") no contact',
      automatic: false,
    },
    { now: T0 + 2 * H },
  );
  await add(
    { kind: 'prompt_shown', promptId: 'risk_screening', state: 'open' },
    { now: T0 + 3 * H },
  );
  await add(
    { kind: 'prompt_shown', promptId: 'spo', state: 'done' },
    { recordRef: 'WM/200/26', officerId: 'PC2', now: T0 + 4 * H },
  );
  await add(
    { kind: 'indicators', behaviours: [], stalkingLikely: false, score: 0.1 },
    { recordRef: 'WM/200/26', officerId: 'PC2', now: T0 + 4 * H },
  );
  return db;
}

async function waitFor<T>(fn: () => T | null | undefined | false, timeout = 2000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() - start > timeout) throw new Error('waitFor timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

function mount(identity: DashboardIdentity, over: Partial<DashboardAppProps> = {}) {
  const download = vi.fn<(name: string, text: string, mime: string) => void>();
  render(
    <DashboardApp
      getIdentity={async () => identity}
      openDb={() => openAuditDb(dbName)}
      now={() => T0 + 24 * H}
      download={download}
      {...over}
    />,
    container,
  );
  return { download };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const rows = () => [...container.querySelectorAll('[data-testid="wm-records"] tbody tr')];
const button = (text: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent?.startsWith(text));

beforeEach(() => {
  dbName = `dash-test-${++counter}`;
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  indexedDB.deleteDatabase(dbName);
});

describe('dashboard page', () => {
  it('has the title and a module script for WXT', () => {
    const html = readFileSync(resolve(process.cwd(), 'entrypoints/dashboard/index.html'), 'utf8');
    expect(html).toContain('<title>Waymark – supervisor dashboard</title>');
    expect(html).toContain('<script type="module" src="./main.tsx"></script>');
  });
});

describe('DashboardApp', () => {
  it('lists records in an accessible table and exports the listed records as CSV', async () => {
    (await seed()).close();
    const { download } = mount({ role: 'supervisor', officerId: 'PS9' });
    await waitFor(() => rows().length === 2);

    const table = container.querySelector('[data-testid="wm-records"]')!;
    expect(table.querySelector('caption')?.textContent).toBe('Records (2)');
    expect(
      [...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col'),
    ).toBe(true);
    const first = rows()[0]!;
    expect(first.querySelector('th[scope="row"]')?.textContent).toBe('WM/200/26');
    const second = rows()[1]!;
    expect(second.textContent).toContain('PC1');
    // Risk screening open, classification never shown; vna open with no steps.
    // Prompt names are the catalogue's, as in the panel and the inserted summary.
    expect(second.textContent).toContain(
      CATALOGUE.prompts.find((p) => p.id === 'risk_screening')!.title,
    );

    button('Export CSV')!.click();
    expect(download).toHaveBeenCalledTimes(1);
    const [name, csv, mime] = download.mock.calls[0]!;
    expect(name).toMatch(/^waymark-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(mime).toContain('text/csv');
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]!.startsWith('seq,id,at,officerId,recordRef')).toBe(true);
    expect(lines).toHaveLength(1 + 7);
    // Formula injection guarded, quotes doubled.
    expect(csv).toContain(`"'=HYPERLINK(""x"") no contact"`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
    await waitFor(() =>
      container.querySelector('[role="status"]')?.textContent?.includes('Exported 7 events'),
    );
  });

  it('filters, and opens a keyboard-reachable review with prompt states and the VNA check', async () => {
    (await seed()).close();
    mount({ role: 'supervisor', officerId: 'PS9', mandatoryPrompts: ['risk_screening', 'spo'] });
    await waitFor(() => rows().length === 2);

    const openOnly = container.querySelector<HTMLInputElement>('#wm-open')!;
    expect(container.querySelector('label[for="wm-open"]')?.textContent).toContain(
      'open mandatory',
    );
    openOnly.click();
    await waitFor(() => rows().length === 1);
    expect(rows()[0]!.textContent).toContain('WM/100/26');

    const review = rows()[0]!.querySelector('button')!;
    review.click();
    const section = await waitFor(() => container.querySelector('[data-testid="wm-review"]'));
    await waitFor(() => document.activeElement?.id === 'wm-review-h');
    expect(section.querySelector('[data-prompt="spo"]')?.getAttribute('data-state')).toBe(
      'not_applicable',
    );
    expect(section.querySelector('[data-prompt="spo"]')?.textContent).toContain(
      '=HYPERLINK("x") no contact',
    );
    expect(section.querySelector('[data-prompt="risk_screening"]')?.textContent).toContain(
      'outstanding',
    );
    // Only shown, never set: the review must not say anyone set it, or that the record did.
    const shownOnly = section.querySelector('[data-prompt="risk_screening"]')?.textContent ?? '';
    expect(shownOnly).toContain('Shown to PC1');
    expect(shownOnly).toContain('Shown only: not set');
    expect(shownOnly).not.toContain('From the record');
    expect(section.querySelector('[data-prompt="spo"]')?.textContent).toContain('Officer action');
    // VNA shown Monday 09:00, no referral; "now" is Tuesday 09:00: due by end of Wednesday.
    expect(section.querySelector('[data-testid="wm-vna-check"]')?.textContent).toBe(
      'Support referral not done yet: due by the end of Wed 4 Nov 2026 (1 working day so far).',
    );
    button('Back to records')!.click();
    await waitFor(() => document.activeElement === rows()[0]!.querySelector('button'));

    openOnly.click();
    await waitFor(() => rows().length === 2);
    const type = (id: string, value: string) => {
      const el = container.querySelector<HTMLInputElement>(id)!;
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    };
    type('#wm-from', '2026-11-04');
    await waitFor(() => rows().length === 0);
    type('#wm-from', '2026-11-01');
    type('#wm-to', '2026-11-03');
    await waitFor(() => rows().length === 2);
    const officer = container.querySelector<HTMLSelectElement>('#wm-officer')!;
    officer.value = 'PC2';
    officer.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => rows().length === 1);
    expect(rows()[0]!.textContent).toContain('WM/200/26');

    const ref = container.querySelector<HTMLInputElement>('#wm-ref')!;
    ref.value = 'nothing';
    ref.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() => rows().length === 0);
    expect(container.querySelector('caption')?.textContent).toContain('none match');
  });

  it('filters by a team the supervisor sets, kept in the team store, with the other filters', async () => {
    (await seed()).close();
    const store = memoryTeamStore({ PC1: 'Response A' });
    mount({ role: 'supervisor', officerId: 'PS9' }, { teamStore: store });
    await waitFor(() => rows().length === 2);
    const choose = (id: string, value: string) => {
      const el = container.querySelector<HTMLSelectElement>(id)!;
      el.value = value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const team = container.querySelector<HTMLSelectElement>('#wm-team')!;
    expect(container.querySelector('label[for="wm-team"]')?.textContent).toBe('Team');
    expect([...team.options].map((o) => o.textContent)).toEqual([
      'All teams',
      'Response A',
      'No team set',
    ]);
    choose('#wm-team', 'Response A');
    await waitFor(() => rows().length === 1);
    expect(rows()[0]!.textContent).toContain('WM/100/26');
    choose('#wm-team', NO_TEAM);
    await waitFor(() => rows().length === 1 && rows()[0]!.textContent?.includes('WM/200/26'));

    // The supervisor puts PC2 in a new team: saved, offered in the filter, and filtered on.
    const panel = container.querySelector<HTMLDetailsElement>('[data-testid="wm-teams"]')!;
    expect(panel.querySelector('#wm-team-name')).toBeNull();
    panel.open = true;
    panel.dispatchEvent(new Event('toggle'));
    await waitFor(() => panel.querySelector('#wm-team-name'));
    choose('#wm-team-officer', 'PC2');
    const name = panel.querySelector<HTMLInputElement>('#wm-team-name')!;
    name.value = 'Response B';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    // Each a separate task, as a person's actions are: the page redraws in between.
    await tick();
    panel.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await waitFor(() => rows().length === 0);
    expect(await store.load()).toEqual({ PC1: 'Response A', PC2: 'Response B' });
    choose('#wm-team', 'Response B');
    await waitFor(() => rows().length === 1 && rows()[0]!.textContent?.includes('WM/200/26'));

    // With the outstanding-prompt filter: PC2's record has nothing outstanding.
    choose('#wm-outstanding', 'spo');
    await waitFor(() => rows().length === 0);
    choose('#wm-outstanding', '');
    choose('#wm-team', '');
    await waitFor(() => rows().length === 2);

    // A bad name is refused with the reason, and nothing is saved.
    name.value = '   ';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    await tick();
    panel.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await waitFor(() =>
      panel.querySelector('[role="alert"]')?.textContent?.includes('give the team a name'),
    );
    expect(await store.load()).toEqual({ PC1: 'Response A', PC2: 'Response B' });
  });

  it('keeps both of two team changes made while the first is still being saved', async () => {
    (await seed()).close();
    const saved: unknown[] = [];
    const slow = {
      load: async () => ({}),
      save: async (teams: unknown) => {
        await new Promise((r) => setTimeout(r, 30));
        saved.push(teams);
      },
    };
    mount({ role: 'supervisor', officerId: 'PS9' }, { teamStore: slow });
    await waitFor(() => rows().length === 2);
    const panel = container.querySelector<HTMLDetailsElement>('[data-testid="wm-teams"]')!;
    panel.open = true;
    panel.dispatchEvent(new Event('toggle'));
    await waitFor(() => panel.querySelector('#wm-team-name'));
    const assign = async (officer: string, team: string) => {
      const who = panel.querySelector<HTMLSelectElement>('#wm-team-officer')!;
      who.value = officer;
      who.dispatchEvent(new Event('change', { bubbles: true }));
      const name = panel.querySelector<HTMLInputElement>('#wm-team-name')!;
      name.value = team;
      name.dispatchEvent(new Event('input', { bubbles: true }));
      await tick();
      panel.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    };
    await assign('PC1', 'Response A');
    // The second change comes before the first has been saved and the page redrawn with it.
    await assign('PC2', 'Response B');
    await waitFor(() => saved.length === 2);
    expect(saved[1]).toEqual({ PC1: 'Response A', PC2: 'Response B' });
    await waitFor(() => {
      const team = container.querySelector<HTMLSelectElement>('#wm-team')!;
      return (
        [...team.options].some((o) => o.textContent === 'Response B') &&
        [...team.options].some((o) => o.textContent === 'Response A')
      );
    });
  });

  it('says so when the saved teams are not valid, and shows every record', async () => {
    (await seed()).close();
    mount(
      { role: 'supervisor', officerId: 'PS9' },
      { teamStore: { load: async () => ({ PC1: 42 }), save: async () => undefined } },
    );
    await waitFor(() => rows().length === 2);
    await waitFor(() => container.querySelector('[data-testid="wm-error"]'));
    expect(container.querySelector('[data-testid="wm-error"]')?.textContent).toContain(
      'The saved teams are not valid (PC1)',
    );
  });

  it('shows an officer only their own records and no whole-log export', async () => {
    (await seed()).close();
    mount({ role: 'officer', officerId: 'PC2' });
    await waitFor(() => rows().length === 1);
    expect(rows()[0]!.textContent).toContain('WM/200/26');
    expect(container.querySelector('#wm-officer')).toBeNull();
    expect(button('Export JSON')).toBeUndefined();
    expect(button('Export CSV')).toBeDefined();
  });

  it('verifies the chain, imports a good file and refuses a tampered one keeping the view', async () => {
    const db = await seed();
    const good = exportJson(await queryEvents(db, { recordRef: 'WM/200/26' }));
    const all = JSON.parse(exportJson(await queryEvents(db))) as {
      events: Record<string, unknown>[];
    };
    db.close();
    mount({ role: 'supervisor', officerId: 'PS9' });
    await waitFor(() => rows().length === 2);

    button('Verify chain')!.click();
    await waitFor(() =>
      container
        .querySelector('[role="status"]')
        ?.textContent?.includes('chain intact, 7 events (seq 0 to 6)'),
    );

    const input = container.querySelector<HTMLInputElement>('#wm-import')!;
    expect(container.querySelector('label[for="wm-import"]')).not.toBeNull();
    const choose = (name: string, text: string) => {
      const file = new File([text], name, { type: 'application/json' });
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };

    all.events[3] = { ...all.events[3], reason: 'edited afterwards' };
    choose(
      'tampered.json',
      JSON.stringify({ format: 'waymark-audit', version: 1, exportedAt: 'x', ...all }),
    );
    const error = await waitFor(() => container.querySelector('[data-testid="wm-error"]'));
    expect(error.textContent).toBe(
      'Import of tampered.json refused: Chain broken at seq 3: its contents do not match its hash (the event was changed). The current view is unchanged.',
    );
    expect(rows()).toHaveLength(2);

    choose('bad.json', '{"format":"something-else"}');
    await waitFor(() =>
      container
        .querySelector('[data-testid="wm-error"]')
        ?.textContent?.includes('format is "something-else"'),
    );
    expect(rows()).toHaveLength(2);

    choose('good.json', good);
    await waitFor(() => rows().length === 1);
    expect(container.textContent).toContain('Source: imported file good.json');
    expect(container.querySelector('[data-testid="wm-error"]')).toBeNull();

    button('Back to the live log')!.click();
    await waitFor(() => rows().length === 2);
  });
  it('opens the review of a deep-linked record with the filter set, and follows a new link', async () => {
    (await seed()).close();
    mount({ role: 'supervisor', officerId: 'PS9' }, { linkedRecord: 'wm/100/26' });
    const section = await waitFor(() => container.querySelector('[data-testid="wm-review"]'));
    expect(section.querySelector('#wm-review-h')?.textContent).toBe('Review of WM/100/26');
    expect(container.querySelector<HTMLInputElement>('#wm-ref')!.value).toBe('WM/100/26');
    expect(rows()).toHaveLength(1);
    await waitFor(() => document.activeElement?.id === 'wm-review-h');

    // The hash changed (main.tsx re-renders with the new link).
    mount({ role: 'supervisor', officerId: 'PS9' }, { linkedRecord: 'WM/200/26' });
    await waitFor(() =>
      container.querySelector('#wm-review-h')?.textContent?.includes('WM/200/26'),
    );
    expect(container.querySelector<HTMLInputElement>('#wm-ref')!.value).toBe('WM/200/26');
  });

  it('says so when a deep-linked record is not in the log the viewer can see', async () => {
    (await seed()).close();
    // An officer cannot open another officer's record through a link.
    mount({ role: 'officer', officerId: 'PC2' }, { linkedRecord: 'WM/100/26' });
    const error = await waitFor(() => container.querySelector('[data-testid="wm-error"]'));
    expect(error.textContent).toBe('Record WM/100/26 is not in the audit log you can see.');
    expect(container.querySelector('[data-testid="wm-review"]')).toBeNull();
    expect(rows()).toHaveLength(0);
  });
});
