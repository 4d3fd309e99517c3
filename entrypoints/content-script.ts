import { defineUnlistedScript } from '#imports';
import { runContent } from '../src/content/run';

/**
 * The in-page part of Waymark. The background registers it at run time, only for the origins that
 * site profiles name (src/background/registration.ts), never statically on all URLs.
 *
 *   adapter finds fields ─► one observer queues ─► core analyses ─► prompts ─► panel + highlights
 *                                                                      │
 *                                              audit events by message ┘ (never the narrative)
 *
 * It is an unlisted script, not a WXT content script, because WXT's content-script wrapper
 * creates a context that any page can abort with a forged DOM event; Waymark's own lifetime
 * (src/content/lifetime.ts) ends only when the extension says so.
 */
export default defineUnlistedScript(() => {
  void runContent();
});
