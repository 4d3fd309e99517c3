/**
 * The host page is untrusted: in a test build it can reach into the (open) shadow root and call
 * `button.click()`. Every action handler in the panel therefore runs only for events a person
 * made (`isTrusted`), through these helpers.
 */

/** Wrap an event handler so it ignores synthetic events. */
export function trusted<E extends Event>(handler: (e: E) => void): (e: E) => void {
  return (e: E) => {
    if (!e.isTrusted) return;
    handler(e);
  };
}

/**
 * A gate for callbacks from child components that do not pass their event up (onAction from the
 * prompt list): a capture listener on their container records whether the event being handled
 * right now is trusted, and the callback checks `gate.open()`.
 */
export class TrustGate {
  private trustedNow = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** Capture-phase listener for click, change, input, keydown and submit on the container. */
  readonly capture = (e: Event): void => {
    this.trustedNow = e.isTrusted;
    if (this.timer !== null) clearTimeout(this.timer);
    // Handlers run synchronously in the same dispatch; close the gate right after it.
    this.timer = setTimeout(() => {
      this.trustedNow = false;
      this.timer = null;
    }, 0);
  };

  /** True only while a trusted event is being dispatched inside the container. */
  open(): boolean {
    return this.trustedNow;
  }
}
