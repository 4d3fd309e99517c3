import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SERVICES,
  NATIONAL_HELPLINES,
  formatService,
  withNationalDefaults,
} from './services';
import { servicesDirectorySchema } from './services.schema';

describe('services directory', () => {
  it('defaults pass the schema and list the national helplines', () => {
    expect(servicesDirectorySchema.parse(DEFAULT_SERVICES)).toEqual(DEFAULT_SERVICES);
    expect(DEFAULT_SERVICES.helplines.map((h) => h.name).join(' ')).toMatch(
      /National Stalking Helpline/,
    );
    expect(DEFAULT_SERVICES.helplines.map((h) => h.name).join(' ')).toMatch(/Paladin/);
  });

  it('uses the National Stalking Helpline number from the reference', () => {
    expect(NATIONAL_HELPLINES[0]?.phone).toBe('0808 802 0300');
  });

  it('formats a service with and without a phone', () => {
    expect(formatService({ name: 'A', phone: '0800 000 000', note: null })).toBe('A: 0800 000 000');
    expect(formatService({ name: 'B', phone: null, note: null })).toBe('B');
  });

  it('merges local services over the defaults without duplicating a helpline', () => {
    const merged = withNationalDefaults({
      idva: { name: 'Local IDVA', phone: null, note: null },
      helplines: [
        {
          name: 'national stalking helpline (suzy lamplugh trust)',
          phone: '0808 802 0300',
          note: null,
        },
      ],
    });
    expect(merged.idva?.name).toBe('Local IDVA');
    expect(merged.stalkingAdvocacy).toBeNull();
    expect(merged.helplines.filter((h) => /stalking helpline/i.test(h.name))).toHaveLength(1);
    expect(merged.helplines.some((h) => /Paladin/.test(h.name))).toBe(true);
  });

  it.each([
    [
      'a bad phone number',
      { ...DEFAULT_SERVICES, idva: { name: 'X', phone: 'call us', note: null } },
    ],
    ['an empty name', { ...DEFAULT_SERVICES, idva: { name: ' ', phone: null, note: null } }],
    ['an unknown key', { ...DEFAULT_SERVICES, website: 'https://example.org' }],
  ])('refuses %s', (_name, value) => {
    expect(servicesDirectorySchema.safeParse(value).success).toBe(false);
  });
});
