/**
 * Size limits of message fields that the content script must respect before sending (it cannot
 * import protocol.ts, which would bring zod into its bundle). protocol.ts checks the same limits.
 */

/** A crime reference as read from the page. The background stores at most 64 characters of it. */
export const MAX_RECORD_REF = 1000;
/** The key a record's decisions are saved under: its crime reference, or else the page's path. */
export const MAX_RECORD_KEY = 2048;
