// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extensionLifetime, LIFETIME_CHECK_MS } from './lifetime';

/** What any page can send: the event and message WXT's context treats as "a newer copy started". */
function forgeScriptStarted(): void {
  // WXT keeps the name private; it is `<extension id>:<entrypoint>:wxt:content-script-started`.
  const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
    .SCRIPT_STARTED_MESSAGE_TYPE;
  for (const contentScriptName of ['content', 'content-script']) {
    const detail = { contentScriptName, messageId: 'forged' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.postMessage({ type, contentScriptName, messageId: 'forged' }, '*');
  }
}

describe('extensionLifetime', () => {
  afterEach(() => vi.useRealTimers());

  it('is not ended by a forged "content script started" event or message', async () => {
    // The attack, shown on WXT's context: the same forged event aborts it.
    const wxt = new ContentScriptContext('content');
    const lifetime = extensionLifetime(() => 'abcdefghijklmnop');
    forgeScriptStarted();
    await new Promise((r) => setTimeout(r, 20));
    expect(wxt.signal.aborted).toBe(true);
    expect(lifetime.signal.aborted).toBe(false);
    expect(lifetime.isInvalid).toBe(false);
    lifetime.end('test over');
  });

  it('ends within one check once the runtime id is gone, and only once', () => {
    vi.useFakeTimers();
    let id: string | undefined = 'abcdefghijklmnop';
    const lifetime = extensionLifetime(() => id);
    const ended = vi.fn();
    lifetime.signal.addEventListener('abort', ended);
    vi.advanceTimersByTime(LIFETIME_CHECK_MS * 3);
    expect(ended).not.toHaveBeenCalled();
    id = undefined;
    vi.advanceTimersByTime(LIFETIME_CHECK_MS);
    expect(ended).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(LIFETIME_CHECK_MS * 3);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('treats a runtime that throws on access as gone, and answers isInvalid at once', () => {
    const lifetime = extensionLifetime(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(lifetime.isInvalid).toBe(true);
    expect(lifetime.signal.aborted).toBe(true);
  });

  it('stops checking when the script leaves of its own accord', () => {
    vi.useFakeTimers();
    const lifetime = extensionLifetime(() => 'abcdefghijklmnop');
    lifetime.end('no profile for this page');
    expect(lifetime.signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});
