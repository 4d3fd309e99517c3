import { defineContentScript } from '#imports';
import { runContent } from '../../src/content/run';

/**
 * The in-page part of Waymark. It is registered at run time by the background, only for the
 * origins that site profiles name (src/background/registration.ts), never statically on all URLs.
 *
 *   adapter finds fields ─► one observer queues ─► core analyses ─► prompts ─► panel + highlights
 *                                                                      │
 *                                              audit events by message ┘ (never the narrative)
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  // WXT must not postMessage into host pages that have fragile message listeners.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void runContent(ctx);
  },
});
