import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SCRIPT_ID, syncContentScripts } from './registration';

function fakeApi(granted: string[], registered: string[] = [], tabs: { id?: number }[] = []) {
  return {
    permissions: {
      contains: vi.fn(async ({ origins }: { origins: string[] }) =>
        origins.every((o) => granted.includes(o)),
      ),
    },
    scripting: {
      getRegisteredContentScripts: vi.fn(async () =>
        registered.length ? [{ id: CONTENT_SCRIPT_ID, matches: registered }] : [],
      ),
      unregisterContentScripts: vi.fn(async () => undefined),
      registerContentScripts: vi.fn(async () => undefined),
      executeScript: vi.fn(async () => []),
    },
    tabs: { query: vi.fn(async () => tabs) },
  };
}

describe('syncContentScripts', () => {
  const p = (matches: string[]) => ({ id: 'p', name: 'P', matches });

  it('registers only patterns we hold permission for and reports the rest', async () => {
    const api = fakeApi(['https://rms.police.uk/*']);
    const r = await syncContentScripts(
      [p(['https://rms.police.uk/*', 'https://other.example/*'])],
      api as never,
    );
    expect(r.registered).toEqual(['https://rms.police.uk/*']);
    expect(r.withoutPermission).toEqual(['https://other.example/*']);
    expect(api.scripting.registerContentScripts).toHaveBeenCalledWith([
      expect.objectContaining({
        id: CONTENT_SCRIPT_ID,
        matches: ['https://rms.police.uk/*'],
        allFrames: true,
      }),
    ]);
  });

  it('replaces an earlier registration and injects into tabs already open', async () => {
    const api = fakeApi(['https://rms.police.uk/*'], ['https://old.police.uk/*'], [{ id: 4 }, {}]);
    const r = await syncContentScripts([p(['https://rms.police.uk/*'])], api as never);
    expect(api.scripting.unregisterContentScripts).toHaveBeenCalledWith({
      ids: [CONTENT_SCRIPT_ID],
    });
    expect(r.injectedTabs).toEqual([4]);
  });

  it('registers nothing and injects nowhere when no profile is usable', async () => {
    const api = fakeApi([], ['https://old.police.uk/*']);
    const r = await syncContentScripts([], api as never);
    expect(api.scripting.registerContentScripts).not.toHaveBeenCalled();
    expect(api.tabs.query).not.toHaveBeenCalled();
    expect(r.registered).toEqual([]);
  });

  it('keeps going when a tab closes between query and injection', async () => {
    const api = fakeApi(['https://rms.police.uk/*'], [], [{ id: 1 }, { id: 2 }]);
    api.scripting.executeScript.mockRejectedValueOnce(new Error('No tab with id: 1'));
    const r = await syncContentScripts([p(['https://rms.police.uk/*'])], api as never);
    expect(r.injectedTabs).toEqual([2]);
  });
});
