/**
 * Deep links into the dashboard: `dashboard.html#record=<url-encoded crime reference>` opens the
 * review of that record with the reference filter set to it. The overlay's supervisor button
 * builds the link with `recordLinkHash`; the dashboard reads it with `parseRecordHash` when it
 * loads and whenever the hash changes.
 *
 * The hash never leaves the browser (it is not sent with requests), and it only ever selects
 * among records the viewer may already see: it does not widen anyone's view.
 */

/** The audit schema's limit on a crime reference. */
export const MAX_RECORD_REF_CHARS = 64;

/**
 * The crime reference in a location hash such as `#record=CR%2F40217%2F26`, or null when there is
 * none, it is empty, badly encoded, too long or holds control characters. Other `key=value` parts
 * separated by `&` are ignored, so the link can grow later. `+` is kept as a plus (this is not a
 * form query string).
 */
export function parseRecordHash(hash: string | null | undefined): string | null {
  if (!hash) return null;
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq) !== 'record') continue;
    let value: string;
    try {
      value = decodeURIComponent(part.slice(eq + 1));
    } catch {
      return null;
    }
    value = value.trim();
    if (value === '' || value.length > MAX_RECORD_REF_CHARS) return null;
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(value)) return null;
    return value;
  }
  return null;
}

/** The hash that opens `recordRef` (with the leading `#`). */
export function recordLinkHash(recordRef: string): string {
  return `#record=${encodeURIComponent(recordRef.trim())}`;
}
