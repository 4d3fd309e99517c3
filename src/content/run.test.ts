// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { send } from '../messaging/client';
import type { ContentConfig } from '../messaging/protocol';
import type { Lifetime } from './lifetime';
import { runContent } from './run';
import { startOverlay } from './start-overlay';

vi.mock('../messaging/client', () => ({ send: vi.fn() }));
vi.mock('./start-overlay', () => ({ startOverlay: vi.fn() }));

const RUNNING = Symbol.for('waymark.content.running');
const world = globalThis as unknown as Record<symbol, Lifetime | undefined>;
const config = { profile: { id: 'p', name: 'P', matches: ['https://a.police.uk/*'] } };
const lifetime = (invalid: boolean): Lifetime => ({
  signal: new AbortController().signal,
  isInvalid: invalid,
  end: () => undefined,
});

describe('runContent', () => {
  beforeEach(() => {
    world[RUNNING] = undefined;
    vi.mocked(send).mockResolvedValue(config as unknown as ContentConfig);
  });
  afterEach(() => {
    world[RUNNING]?.end('test over');
    world[RUNNING] = undefined;
  });

  it('starts once per isolated world while the running copy is alive', async () => {
    await runContent();
    await runContent();
    expect(startOverlay).toHaveBeenCalledTimes(1);
    expect(world[RUNNING]?.signal.aborted).toBe(false);
  });

  it('takes over from a copy whose extension has gone, and never from a live one', async () => {
    world[RUNNING] = lifetime(false);
    await runContent();
    expect(startOverlay).not.toHaveBeenCalled();

    world[RUNNING] = lifetime(true);
    await runContent();
    expect(startOverlay).toHaveBeenCalledOnce();
  });

  it('leaves the world free when no profile covers the page, so a later injection can start', async () => {
    vi.mocked(send).mockResolvedValue({ profile: null } as unknown as ContentConfig);
    await runContent();
    expect(startOverlay).not.toHaveBeenCalled();
    expect(world[RUNNING]).toBeUndefined();
  });
});
