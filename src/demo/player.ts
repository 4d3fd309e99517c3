import type { FieldRole } from '../prompts/types';
import { narrativePiece, type ScenarioStep } from './scenarios';
import { trainingField } from './training-profile';

/**
 * Plays scenario steps on the demo page's own copy of the training record. These writes are to
 * our own extension page, never a host page: they stand in for the officer's typing, so they go
 * through the native value setter and real `input`/`change` events, exactly what the overlay's
 * watcher sees when a person types.
 */

/** How playback types. */
export interface TypingOptions {
  /** Words per chunk appended at a time. */
  wordsPerChunk: number;
  /** Pause between chunks, in ms. */
  delayMs: number;
  signal: AbortSignal;
}

/** Thrown (as an AbortError) when playback is stopped part way. */
function aborted(): DOMException {
  return new DOMException('Playback stopped', 'AbortError');
}

/** Wait `ms`, or reject at once when `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(aborted());
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Set a text control's value the way the browser does for typing. Frameworks and our watcher
 * listen for events, and some wrap the `value` property, so the prototype's setter is used.
 */
function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto =
    el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

function fire(el: HTMLElement, ...types: string[]): void {
  for (const type of types) el.dispatchEvent(new Event(type, { bubbles: true }));
}

/** Split text into chunks of `words` words, keeping every character (spaces and newlines). */
export function chunkText(text: string, words: number): string[] {
  const tokens = text.match(/\s*\S+\s*/g) ?? (text ? [text] : []);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += Math.max(1, words)) {
    out.push(tokens.slice(i, i + Math.max(1, words)).join(''));
  }
  return out;
}

/** Append `text` to a textarea progressively, one `input` event per chunk. */
export async function typeInto(
  el: HTMLTextAreaElement | HTMLInputElement,
  text: string,
  opts: TypingOptions,
): Promise<void> {
  for (const chunk of chunkText(text, opts.wordsPerChunk)) {
    if (opts.signal.aborted) throw aborted();
    setNativeValue(el, el.value + chunk);
    fire(el, 'input');
    await sleep(opts.delayMs, opts.signal);
  }
  fire(el, 'change');
}

/** Pick the option whose text or value matches `wanted` (case and spacing ignored). */
function optionIndex(select: HTMLSelectElement, wanted: string): number {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const w = norm(wanted);
  const options = Array.from(select.options);
  const exact = options.findIndex((o) => norm(o.value) === w || norm(o.text) === w);
  if (exact >= 0) return exact;
  return w ? options.findIndex((o) => norm(o.text).includes(w)) : -1;
}

/**
 * Set one field: a select to the option with that text or value, a checkbox to the boolean,
 * a text field to the string. Returns false when the value does not fit the field.
 */
export function setField(el: HTMLElement, value: string | boolean): boolean {
  if (el instanceof HTMLSelectElement) {
    const i = optionIndex(el, String(value));
    if (i < 0) return false;
    el.selectedIndex = i;
    fire(el, 'input', 'change');
    return true;
  }
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
    el.checked = value === true || value === 'true';
    fire(el, 'input', 'change');
    return true;
  }
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    setNativeValue(el, String(value));
    fire(el, 'input', 'change');
    return true;
  }
  return false;
}

/**
 * Play one step on the record under `root`: set its fields, then type its narrative.
 * Fields go first so the record the overlay reads matches the teaching point as text arrives.
 */
export async function playStep(
  root: ParentNode,
  step: ScenarioStep,
  opts: TypingOptions,
): Promise<void> {
  for (const [role, value] of Object.entries(step.fields ?? {})) {
    if (value === undefined) continue;
    const el = trainingField(root, role as FieldRole);
    if (el) setField(el, value);
  }
  if (step.narrative) {
    const field = trainingField(root, 'narrative');
    if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
      // Let the overlay draw the field changes before the typing starts.
      await sleep(opts.delayMs, opts.signal);
      await typeInto(field, narrativePiece(field.value, step.narrative), opts);
    }
  }
}
