/**
 * Screen-reader announcements: one polite live region, at most one message every few seconds, so
 * a screen-reader user typing a narrative is not talked over. Only changes of the stalking
 * judgement or of the number of open prompts are announced (the caller decides what changed).
 */

/** Shortest gap between two announcements. */
export const ANNOUNCE_GAP_MS = 5000;

/** A throttled announcer writing into a live region element. */
export class Announcer {
  private last = -Infinity;
  private queued: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly region: () => HTMLElement | null,
    private readonly now: () => number = () => Date.now(),
    private readonly gap = ANNOUNCE_GAP_MS,
  ) {}

  /** Queue a message; a newer one replaces a queued older one. */
  say(message: string): void {
    this.queued = message;
    const wait = this.last + this.gap - this.now();
    if (wait <= 0) this.flush();
    else if (this.timer === null) this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = null;
    const el = this.region();
    if (this.queued === null || !el) return;
    // Text only; the live region never holds markup.
    el.textContent = this.queued;
    this.queued = null;
    this.last = this.now();
  }

  /** Drop anything queued (on abort). */
  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.queued = null;
  }
}
