import { describe, expect, it } from 'vitest';
import { servicesDirectory } from './services';

describe('servicesDirectory', () => {
  it('keeps national helplines when nothing local is set', () => {
    const d = servicesDirectory({});
    expect(d.stalkingAdvocacy).toBeNull();
    expect(d.helplines.map((h) => h.name)).toContain(
      'National Stalking Helpline (Suzy Lamplugh Trust)',
    );
  });
  it('maps local entries, with missing phone and notes as null', () => {
    const d = servicesDirectory({
      idva: { name: 'County IDVA Service', phone: '01234 567890' },
      stalkingAdvocacy: { name: 'County ISAC', notes: 'refer by form' },
    });
    expect(d.idva).toEqual({ name: 'County IDVA Service', phone: '01234 567890', note: null });
    expect(d.stalkingAdvocacy).toEqual({ name: 'County ISAC', phone: null, note: 'refer by form' });
  });
});
