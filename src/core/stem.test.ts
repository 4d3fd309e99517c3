import { describe, expect, it } from 'vitest';
import { isIrregularForm, stem } from './stem';

describe('stem', () => {
  it.each([
    [['follow', 'follows', 'followed', 'following'], 'follow'],
    [['message', 'messages', 'messaged', 'messaging'], 'messag'],
    [['text', 'texts', 'texted', 'texting'], 'text'],
    [['move', 'moved', 'moving'], 'mov'],
    [['send', 'sent', 'sending'], 'send'],
    [['stop', 'stopped', 'stopping'], 'stop'],
  ])('%j share a stem', (words, expected) => {
    for (const w of words) expect(stem(w)).toBe(expected);
  });

  it('keeps short words and words whose final e matters apart', () => {
    expect(stem('her')).not.toBe(stem('here'));
    expect(stem('not')).not.toBe(stem('note'));
    expect(stem('car')).not.toBe(stem('care'));
    expect(stem('is')).toBe('be');
  });

  it('knows irregular forms', () => {
    expect(isIrregularForm('stood')).toBe(true);
    expect(isIrregularForm('walked')).toBe(false);
  });
});
