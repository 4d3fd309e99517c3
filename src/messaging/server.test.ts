import { describe, expect, it, vi } from 'vitest';
import { classifySender, dispatch, type Handlers } from './server';

const self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const content = { id: 'ext-id', url: 'https://rms.force.police.uk/crime/1', tab: { id: 7 } };
const page = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html', tab: { id: 3 } };

function handlers(): Handlers {
  return {
    'app/ping': vi.fn(() => ({ version: '1' })),
    'config/get': vi.fn(),
    'audit/append': vi.fn(async () => ({ seq: 4 })),
    'actions/get': vi.fn(),
    'actions/set': vi.fn(),
    'review/open': vi.fn(),
    'settings/get': vi.fn(),
    'settings/save': vi.fn(),
  } as unknown as Handlers;
}

const msg = (type: string, payload: unknown) => ({ waymark: 1, type, payload });

describe('classifySender', () => {
  it('tells our pages from content scripts by the browser-given URL', () => {
    expect(classifySender(page, self.id, self.origin)?.kind).toBe('page');
    expect(classifySender(content, self.id, self.origin)).toMatchObject({
      kind: 'content',
      origin: 'https://rms.force.police.uk',
      tabId: 7,
    });
  });
  it('refuses other extensions, missing URLs and non-web schemes', () => {
    expect(classifySender({ ...content, id: 'other' }, self.id, self.origin)).toBeNull();
    expect(classifySender({ id: 'ext-id' }, self.id, self.origin)).toBeNull();
    expect(
      classifySender(
        { id: 'ext-id', url: 'file:///etc/passwd', tab: { id: 1 } },
        self.id,
        self.origin,
      ),
    ).toBeNull();
  });
});

describe('dispatch', () => {
  it('runs the handler for a valid message from an allowed sender', async () => {
    const h = handlers();
    const reply = await dispatch(
      msg('audit/append', { event: { kind: 'summary_inserted' }, recordRef: 'CR/1/26' }),
      content,
      h,
      self,
    );
    expect(reply).toEqual({ ok: true, data: { seq: 4 } });
    expect(h['audit/append']).toHaveBeenCalledOnce();
  });

  it.each([
    ['not an envelope', 'hello', 'bad_request'],
    ['unknown type', msg('audit/delete', {}), 'unknown_type'],
    ['prototype key as type', msg('constructor', {}), 'unknown_type'],
    [
      'bad payload',
      msg('audit/append', { event: { kind: 'nope' }, recordRef: null }),
      'bad_request',
    ],
    ['extra keys', msg('app/ping', { extra: true }), 'bad_request'],
    ['page-only type from content', msg('settings/get', {}), 'forbidden'],
  ])('refuses %s with a typed error and never runs a handler', async (_name, message, code) => {
    const h = handlers();
    const reply = await dispatch(message, content, h, self);
    expect(reply).toMatchObject({ ok: false, error: { code } });
    for (const fn of Object.values(h)) expect(fn).not.toHaveBeenCalled();
  });

  it('refuses content-only types from extension pages', async () => {
    expect(await dispatch(msg('config/get', {}), page, handlers(), self)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('turns a handler exception into a failed reply instead of throwing', async () => {
    const h = handlers();
    (h['app/ping'] as unknown as ReturnType<typeof vi.fn>).mockImplementation(() => {
      throw new Error('disk full');
    });
    expect(await dispatch(msg('app/ping', {}), content, h, self)).toEqual({
      ok: false,
      error: { code: 'failed', message: 'disk full' },
    });
  });
});
