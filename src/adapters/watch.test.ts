// @vitest-environment happy-dom
import { setHtml } from './test-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watch, type WatchChange } from './watch';

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

afterEach(() => {
  setHtml('');
});

describe('watch', () => {
  it('batches many changes into one call in the next frame', async () => {
    setHtml('<textarea id="n"></textarea>');
    const ac = new AbortController();
    const calls: WatchChange[] = [];
    const w = watch(document, { signal: ac.signal, onChange: (c) => calls.push(c) });
    const ta = document.getElementById('n') as HTMLTextAreaElement;
    w.setFields([ta]);
    for (const ch of 'He followed her') {
      ta.value += ch;
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }
    await frame();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.targets.has(ta)).toBe(true);
    expect(calls[0]!.structure).toBe(false);
    ac.abort();
  });

  it('reports new elements as a structural change, edits inside fields as text', async () => {
    setHtml('<div id="ed" contenteditable="true"><p>a</p></div>');
    const ac = new AbortController();
    const calls: WatchChange[] = [];
    const w = watch(document, { signal: ac.signal, onChange: (c) => calls.push(c) });
    const ed = document.getElementById('ed')!;
    w.setFields([ed]);
    ed.append(document.createElement('p'));
    await frame();
    expect(calls.at(-1)!.structure).toBe(false);
    document.body.append(document.createElement('textarea'));
    await frame();
    expect(calls.at(-1)!.structure).toBe(true);
    ac.abort();
  });

  it('uses one MutationObserver per document, including its shadow roots', () => {
    const host = document.createElement('div');
    setHtml('<textarea></textarea>', host.attachShadow({ mode: 'open' }));
    document.body.append(host);
    const Real = window.MutationObserver;
    let made = 0;
    const observed: Node[] = [];
    class Counting extends Real {
      constructor(cb: MutationCallback) {
        super(cb);
        made++;
      }
      override observe(target: Node, options?: MutationObserverInit): void {
        observed.push(target);
        super.observe(target, options);
      }
    }
    window.MutationObserver = Counting;
    try {
      const ac = new AbortController();
      watch(document, { signal: ac.signal, onChange: () => undefined });
      expect(made).toBe(1);
      expect(observed).toEqual([document, host.shadowRoot]);
      ac.abort();
    } finally {
      window.MutationObserver = Real;
    }
  });

  it('ignores its own overlay host', async () => {
    const ac = new AbortController();
    const onChange = vi.fn();
    watch(document, { signal: ac.signal, onChange });
    document.documentElement.append(document.createElement('waymark-overlay'));
    await frame();
    expect(onChange).not.toHaveBeenCalled();
    ac.abort();
  });

  it('does no work while the tab is hidden, and catches up when shown', async () => {
    const ac = new AbortController();
    const onChange = vi.fn();
    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    const w = watch(document, { signal: ac.signal, onChange });
    w.poke({ layout: true });
    await frame();
    expect(onChange).not.toHaveBeenCalled();
    hidden.mockReturnValue(false);
    document.dispatchEvent(new Event('visibilitychange'));
    await frame();
    expect(onChange).toHaveBeenCalledTimes(1);
    ac.abort();
  });

  it('stops everything on abort', async () => {
    setHtml('<textarea id="n"></textarea>');
    const ac = new AbortController();
    const onChange = vi.fn();
    watch(document, { signal: ac.signal, onChange });
    ac.abort();
    document.getElementById('n')!.dispatchEvent(new Event('input', { bubbles: true }));
    document.body.append(document.createElement('div'));
    await frame();
    expect(onChange).not.toHaveBeenCalled();
  });
});
