import { describe, expect, it } from 'vitest';
import { AuditContextSchema } from './schema';
import { STORED_RECORD_REF_CHARS, storedRecordRef } from './record-ref';

describe('storedRecordRef', () => {
  it('keeps references up to 64 characters as they are', async () => {
    const ref = 'WM/'.padEnd(STORED_RECORD_REF_CHARS, '7');
    expect(await storedRecordRef(ref)).toBe(ref);
  });

  it('bounds a longer one with a marker and digest the audit schema accepts, stably', async () => {
    const long = `CR/${'1'.repeat(80)}/26`;
    const stored = await storedRecordRef(long);
    expect(stored).toHaveLength(STORED_RECORD_REF_CHARS);
    expect(stored).toMatch(/^CR\/1+…#[0-9a-f]{16}$/);
    expect(await storedRecordRef(long)).toBe(stored);
    expect(await storedRecordRef(`${long}7`)).not.toBe(stored);
    const context = { recordRef: stored, profileId: 'p', origin: 'https://a.police.uk' };
    expect(AuditContextSchema.safeParse(context).success).toBe(true);
  });
});
