import type { ChainHead } from '../audit/db';
import type { AuditEvent, AuditEventInput } from '../audit/schema';
import {
  buildEvent,
  filterEvents,
  verifyChain,
  type AppendContext,
  type AuditQuery,
  type ChainAnchor,
  type ChainCheck,
} from '../audit/store';

/**
 * The trainer demo's audit sink: the same append/query surface as src/audit/store.ts, kept in
 * memory so a training session never touches the real audit log (and vanishes with the page).
 * Events are built by the same code, so the demo's dashboard view and exports look exactly like
 * real ones, except that every event is marked `demo: true`.
 */
export interface DemoAuditSink {
  /** Append one event; `demo` is forced to true whatever the caller passes. */
  appendEvent(input: AuditEventInput, ctx: AppendContext): Promise<AuditEvent>;
  queryEvents(filter?: AuditQuery): Promise<AuditEvent[]>;
  verifyChain(): Promise<ChainCheck>;
  /** Start a fresh session. */
  clear(): void;
  readonly size: number;
}

/** A new, empty demo sink. `maxEvents` bounds memory on a demo page left open all day. */
export function createDemoAuditSink(maxEvents = 10_000): DemoAuditSink {
  let events: AuditEvent[] = [];
  let head: ChainHead | undefined;
  let checkpoint: ChainAnchor | undefined;
  // Appends are chained so two quick ones cannot both link to the same head.
  let queue: Promise<unknown> = Promise.resolve();

  return {
    appendEvent(input, ctx) {
      const run = queue
        .catch(() => undefined)
        .then(async () => {
          let event = await buildEvent(input, { ...ctx, demo: true }, head);
          // A clear() during the hash await started a new chain: link to that instead.
          while (event.seq !== (head ? head.lastSeq + 1 : 0)) {
            event = await buildEvent(input, { ...ctx, demo: true }, head);
          }
          events.push(event);
          head = { lastSeq: event.seq, lastHash: event.hash };
          // Drop the oldest when full; the chain then verifies from the first kept event, which
          // links to the last dropped one.
          if (events.length > maxEvents) {
            events = events.slice(events.length - maxEvents);
            checkpoint = { firstSeq: events[0]!.seq, prevHash: events[0]!.prevHash };
          }
          return event;
        });
      queue = run;
      return run;
    },
    async queryEvents(filter = {}) {
      return filterEvents(events, filter);
    },
    verifyChain() {
      return verifyChain(events, checkpoint, head && { seq: head.lastSeq, hash: head.lastHash });
    },
    clear() {
      events = [];
      head = undefined;
      checkpoint = undefined;
    },
    get size() {
      return events.length;
    },
  };
}
