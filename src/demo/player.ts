import type { FieldRole } from '../prompts/types';
import { narrativePiece, type Scenario, type ScenarioStep } from './scenarios';
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

/** How fast playback types. The table is the speed list the presenter chooses from. */
export const SPEEDS = [
  { id: 'slow', label: 'Slow', wordsPerChunk: 1, delayMs: 160 },
  { id: 'normal', label: 'Normal', wordsPerChunk: 3, delayMs: 70 },
  { id: 'fast', label: 'Fast', wordsPerChunk: 8, delayMs: 25 },
  { id: 'instant', label: 'Instant', wordsPerChunk: 10_000, delayMs: 0 },
] as const;
export type SpeedId = (typeof SPEEDS)[number]['id'];

/** The speed with this id (normal when unknown). */
export function speedById(id: string): (typeof SPEEDS)[number] {
  return SPEEDS.find((s) => s.id === id) ?? SPEEDS[1];
}

/**
 * Split text into sentences, keeping every character: each sentence carries the spaces or
 * paragraph break before it, so the pieces join back into the text exactly.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  // A sentence ends at . ! or ? (and any closing quote or bracket) followed by space or the end.
  const end = /[.!?]['’"”)\]]*(?=\s|$)/g;
  let start = 0;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const stop = m.index + m[0].length;
    out.push(text.slice(start, stop));
    start = stop;
  }
  const rest = text.slice(start);
  if (rest.trim() === '' && out.length > 0) out[out.length - 1] += rest;
  else if (rest !== '') out.push(rest);
  return out;
}

/** One thing the player does: set a step's fields, or type one sentence of its narrative. */
export interface PlayUnit {
  /** Index of the scenario step this unit belongs to. */
  step: number;
  fields?: ScenarioStep['fields'];
  /** One sentence to append, with the space or paragraph break before it. */
  text?: string;
  /** The step's last unit: once it has played, the step's teaching point applies. */
  endsStep: boolean;
}

/**
 * A scenario as units, in playing order: each step's fields first (so the record the overlay
 * reads matches the teaching point as text arrives), then its narrative sentence by sentence.
 * The units' text joins into exactly `scenarioNarrative(scenario)`.
 */
export function playUnits(scenario: Scenario): PlayUnit[] {
  const units: PlayUnit[] = [];
  let typed = '';
  scenario.steps.forEach((step, i) => {
    const start = units.length;
    if (step.fields && Object.keys(step.fields).length > 0) {
      units.push({ step: i, fields: step.fields, endsStep: false });
    }
    if (step.narrative) {
      const piece = narrativePiece(typed, step.narrative);
      typed += piece;
      for (const text of splitSentences(piece)) units.push({ step: i, text, endsStep: false });
    }
    if (units.length > start) units[units.length - 1]!.endsStep = true;
  });
  return units;
}

/** Where playback has got to: the next unit, and how much of its text is already typed. */
export interface Cursor {
  unit: number;
  offset: number;
}

export const START: Cursor = { unit: 0, offset: 0 };

/** Where a play stops: the end, the end of the current step, or the end of the next sentence. */
export type PlayUntil = 'end' | 'step' | 'sentence';

/** Steps fully played once playback has reached `cursor`. */
export function stepsDone(units: readonly PlayUnit[], cursor: Cursor): number {
  let done = 0;
  for (const u of units.slice(0, cursor.unit)) if (u.endsStep) done = u.step + 1;
  return done;
}

function setFields(root: ParentNode, fields: ScenarioStep['fields']): void {
  for (const [role, value] of Object.entries(fields ?? {})) {
    if (value === undefined) continue;
    const el = trainingField(root, role as FieldRole);
    if (el) setField(el, value);
  }
}

/**
 * Play `units` on the record under `root` from `cursor` until `until`, reporting each move
 * through `onProgress`, and return where it stopped. Aborting `opts.signal` pauses: the
 * rejection comes after the last `onProgress`, so playing again from that cursor carries on
 * mid-sentence without typing anything twice.
 */
export async function playFrom(
  root: ParentNode,
  units: readonly PlayUnit[],
  from: Cursor,
  until: PlayUntil,
  opts: TypingOptions & { onProgress(cursor: Cursor): void },
): Promise<Cursor> {
  let cursor = { ...from };
  while (cursor.unit < units.length) {
    if (opts.signal.aborted) throw aborted();
    const unit = units[cursor.unit]!;
    if (unit.fields && cursor.offset === 0) setFields(root, unit.fields);
    if (unit.text) {
      const field = trainingField(root, 'narrative');
      if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
        // The first sentence after a field change waits a beat so the overlay draws it first.
        if (cursor.offset === 0 && units[cursor.unit - 1]?.fields) {
          await sleep(opts.delayMs, opts.signal);
        }
        for (const chunk of chunkText(unit.text.slice(cursor.offset), opts.wordsPerChunk)) {
          if (opts.signal.aborted) throw aborted();
          setNativeValue(field, field.value + chunk);
          fire(field, 'input');
          cursor = { unit: cursor.unit, offset: cursor.offset + chunk.length };
          opts.onProgress(cursor);
          await sleep(opts.delayMs, opts.signal);
        }
        fire(field, 'change');
      }
    }
    cursor = { unit: cursor.unit + 1, offset: 0 };
    opts.onProgress(cursor);
    if (until === 'step' && unit.endsStep) break;
    if (until === 'sentence' && (unit.text !== undefined || unit.endsStep)) break;
  }
  return cursor;
}
