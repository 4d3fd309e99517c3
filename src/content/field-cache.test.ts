// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { setHtml } from '../adapters/test-dom';
import type { FieldText, LocatedField } from '../adapters/types';
import { FieldCache, isNarrativeTyping } from './field-cache';

const located = (el: HTMLElement): LocatedField => ({ el }) as LocatedField;

describe('FieldCache', () => {
  it('reads a field once, and again only after a change inside it', () => {
    setHtml('<div id="a"><p>one</p></div><textarea id="b"></textarea>');
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    const read = vi.fn((el: HTMLElement) => ({ text: el.id }) as unknown as FieldText);
    const cache = new FieldCache(read);
    cache.read(located(a));
    cache.read(located(b));
    cache.read(located(a));
    expect(read).toHaveBeenCalledTimes(2);
    cache.invalidate(new Set([a.querySelector('p')!.firstChild!]));
    cache.read(located(a));
    cache.read(located(b));
    expect(read).toHaveBeenCalledTimes(3);
    cache.clear();
    cache.read(located(b));
    expect(read).toHaveBeenCalledTimes(4);
  });
});

describe('isNarrativeTyping', () => {
  it('is true only for text changed inside a narrative field', () => {
    setHtml('<div id="n"><p>text</p></div><select id="s"></select>');
    const narrative = [located(document.getElementById('n')!)];
    const inside = document.querySelector('p')!;
    const change = (targets: Node[]) => ({
      structure: false,
      layout: false,
      targets: new Set(targets),
    });
    expect(isNarrativeTyping(change([inside]), narrative)).toBe(true);
    expect(isNarrativeTyping(change([document.getElementById('s')!]), narrative)).toBe(false);
    expect(isNarrativeTyping(change([]), narrative)).toBe(false);
  });
});
