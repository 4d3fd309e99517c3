/**
 * How long this copy of the content script may run. It ends only when the extension itself says
 * so: the runtime id is gone (the extension was updated, reloaded or removed, which orphans this
 * copy). Nothing the page can send ends it: WXT's own context also aborts on a `CustomEvent` on
 * `document` or a window message, and any page can dispatch those, so Waymark does not use it.
 */
export interface Lifetime {
  /** Aborts once, when this copy of the content script is stale. */
  readonly signal: AbortSignal;
  /** Checks the runtime now; true once the signal has aborted. */
  readonly isInvalid: boolean;
  /** Stop checking and abort: this copy leaves the page of its own accord. */
  end(reason: string): void;
}

/**
 * How often the runtime id is checked. Reading a property costs nothing, and it is the signal the
 * browser gives an orphaned script (its port to the background closes too, but so does every idle
 * stop of the service worker, so a port cannot tell the two apart without waking the worker).
 */
export const LIFETIME_CHECK_MS = 1000;

/** `runtimeId` reads the extension's id as the browser reports it to this script, now. */
export function extensionLifetime(
  runtimeId: () => string | undefined,
  everyMs = LIFETIME_CHECK_MS,
): Lifetime {
  const controller = new AbortController();
  const check = (): boolean => {
    let id: string | undefined;
    try {
      id = runtimeId();
    } catch {
      // Reading `runtime` can throw once the context is invalidated: that too means stale.
    }
    if (!id) end('the extension was updated, reloaded or removed');
    return controller.signal.aborted;
  };
  const end = (reason: string): void => {
    clearInterval(timer);
    if (!controller.signal.aborted) controller.abort(new Error(reason));
  };
  const timer = setInterval(check, everyMs);
  return {
    signal: controller.signal,
    get isInvalid() {
      return check();
    },
    end,
  };
}
