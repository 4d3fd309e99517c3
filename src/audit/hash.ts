/**
 * Hashing for the audit chain. The same bytes must come out of the background that wrote an event
 * and of a supervisor's browser that imports it months later, so the JSON is canonical: object keys
 * sorted, no whitespace, `undefined` members left out (as `JSON.stringify` does, which also makes
 * an optional field that is absent and one that is `undefined` hash the same after an IDB or JSON
 * round trip).
 */

/** 64 zeros: the `prevHash` of the first event ever written. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Canonical JSON: sorted keys at every depth, arrays in order, no whitespace. Throws on values JSON
 * cannot represent faithfully (non-finite numbers, functions, symbols, bigint), because silently
 * turning them into `null` would let two different events share a hash.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        // JSON.stringify writes undefined array members as null; do the same.
        return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
      }
      const obj = value as Record<string, unknown>;
      const parts: string[] = [];
      for (const key of Object.keys(obj).sort()) {
        const v = obj[key];
        if (v === undefined) continue;
        parts.push(`${JSON.stringify(key)}:${canonicalJson(v)}`);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: cannot encode ${typeof value}`);
  }
}

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lower-case hex digits (Web Crypto, no library). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * The hash of one chain link: sha256(prevHash + canonical JSON of the event without its `hash`).
 * `prevHash` is also inside the hashed JSON; prefixing it keeps the rule readable for auditors who
 * re-check an export with other tools.
 */
export async function chainHash(
  prevHash: string,
  eventWithoutHash: Record<string, unknown>,
): Promise<string> {
  const { hash: _ignored, ...rest } = eventWithoutHash;
  return sha256Hex(prevHash + canonicalJson(rest));
}
