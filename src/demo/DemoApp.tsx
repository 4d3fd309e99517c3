import { language, messages, t } from '../i18n/runtime';
/**
 * The trainer demo page (/demo.html): the fictional training record, the real overlay running on
 * it, and scripted scenarios that type into the record so a trainer can show officers what
 * Waymark does, sentence by sentence, from a presenter column beside the record. In practice
 * mode a trainee writes the record from a brief and is scored on it.
 *
 *   training-record.html ─(DOMParser, importNode)─► this page ◄─ scenario player (input events)
 *                                                      │
 *                                      startWaymark (role trainer) ─► demo bridge ─► memory only
 *
 * Nothing here reaches the real audit log: audit events go to the in-memory demo sink and the
 * trainer's prompt decisions are kept in memory, both gone when the page closes.
 */
import { analyse, defaultPack } from '../core/index';
import { activeCatalogue } from '../i18n/tables';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AuditEvent } from '../audit/schema';
import { send } from '../messaging/client';
import type { WaymarkBridge } from '../content/bridge';
import { buildSpoDraft } from '../prompts/spo-draft';
import { summaryNames } from '../prompts/labels';
import { formatSummary } from '../prompts/summary-format';
import { toSummaryInput } from '../prompts/summary-input';
import type { StartOptions } from '../content/page-controller';
import { DEFAULT_SERVICES } from '../prompts/services';
import type { OfficerAction, PromptId } from '../prompts/types';
import recordHtml from './training-record.html?raw';
import { createDemoAuditSink, type DemoAuditSink } from './demo-audit';
import {
  START,
  SPEEDS,
  playFrom,
  playUnits,
  speedById,
  stepsDone,
  type Cursor,
  type PlayUntil,
  type SpeedId,
} from './player';
import type { Scenario } from './scenarios';
import { scenariosIn } from './scenario-messages';
import { ScenarioNotes } from './ScenarioNotes';
import { PracticePanel } from './PracticePanel';
import { scorePractice } from './practice';
import { findFieldsGeneric } from '../adapters/generic';
import { readRecord } from '../adapters/read-record';
import { evaluatePrompts } from '../prompts/evaluate';
import { TRAINING_FIELDS, TRAINING_PROFILE, trainingField } from './training-profile';

/** The banner text; it stays on screen the whole time. */
export const demoBanner = (): string => t('demo.banner');

/** Officer id written on demo audit events (they are also marked `demo: true`). */
export const DEMO_OFFICER_ID = 'training-demo';

/** What force policy says about the demo. */
export interface DemoPolicy {
  allowed: boolean;
  /** Prompts policy makes mandatory, so the demo shows what officers see. */
  mandatory: PromptId[];
  supportContact: string | null;
}

/** Playback states, written to `data-demo-state` on the scenario panel. */
export type DemoState = 'ready' | 'playing' | 'paused' | 'finished';

export interface DemoAppProps {
  /** Start the overlay. Default: the real `startWaymark`; tests pass a stub. */
  start?: (opts: StartOptions) => void | Promise<void>;
  /** Read the policy. Default: ask the background, and allow the demo if that fails. */
  loadPolicy?: () => Promise<DemoPolicy>;
  /** Typing pace for playback; overrides the presenter's speed choice (tests use it). */
  typing?: { wordsPerChunk: number; delayMs: number };
}

const OPEN_POLICY: DemoPolicy = { allowed: true, mandatory: [], supportContact: null };

/**
 * Policy from the background's merged settings. Opened outside the extension (a plain Vite
 * preview, say) there is no background to ask; the demo holds no real data, so it is allowed.
 */
export async function loadPolicyFromBackground(): Promise<DemoPolicy> {
  try {
    const { effective } = await send('settings/get', {});
    return {
      allowed: effective.demoModeAllowed,
      mandatory: effective.mandatoryPrompts,
      supportContact: effective.supportContact,
    };
  } catch {
    return OPEN_POLICY;
  }
}

/**
 * Loaded on first use so the banner and scenario list show before the engine and its rule pack
 * are parsed.
 */
async function startRealOverlay(opts: StartOptions): Promise<void> {
  const { startWaymark } = await import('../content/page-controller');
  startWaymark(opts);
}

/** Test builds (WAYMARK_TEST=1) open the shadow root so e2e tests can look inside. */
function shadowMode(): 'open' | 'closed' {
  return typeof __WAYMARK_TEST__ !== 'undefined' && __WAYMARK_TEST__ ? 'open' : 'closed';
}

/** The training record's parts, parsed once from the bundled HTML (never assigned as HTML). */
interface RecordTemplate {
  style: HTMLStyleElement | null;
  header: Element | null;
  main: Element;
}

/** `on...="..."` attributes in the bundled record (it has `onsubmit="return false"`). */
const INLINE_HANDLER = /\s+on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*')/gi;

function parseRecord(html: string): RecordTemplate {
  // A parsed document takes this page's CSP, and Chrome reports every inline handler attribute
  // as a violation while parsing, so they go before parsing (and again below, to be sure).
  const parsed = new DOMParser().parseFromString(html.replace(INLINE_HANDLER, ''), 'text/html');
  const main = parsed.querySelector('main') ?? parsed.querySelector('form');
  if (!main) throw new Error('training record has no <main> or <form>');
  // Inline handlers would break the extension page's CSP; the page adds its own listeners.
  for (const el of Array.from(main.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name.toLowerCase().startsWith('on')) el.removeAttribute(attr.name);
    }
  }
  return {
    style: parsed.head.querySelector('style'),
    header: parsed.querySelector('header'),
    main,
  };
}

/** A fresh copy of the record (its header bar and body), owned by this page's document. */
function freshRecord(template: RecordTemplate): Element[] {
  const main = document.importNode(template.main, true);
  const forms = main.matches('form') ? [main] : Array.from(main.querySelectorAll('form'));
  for (const form of forms) {
    // Enter in a text field would otherwise submit the form and reload the demo.
    form.addEventListener('submit', (e) => e.preventDefault());
  }
  const header = template.header ? document.importNode(template.header, true) : null;
  return header ? [header, main] : [main];
}

/** The demo's bridge: audit to the demo sink, decisions in memory. */
function demoBridge(sink: DemoAuditSink, onAudit: (e: AuditEvent) => void) {
  const saved = new Map<string, OfficerAction[]>();
  const bridge: WaymarkBridge & { clear(): void; allActions(): OfficerAction[] } = {
    appendAudit(event, recordRef) {
      sink
        .appendEvent(event, {
          recordRef,
          profileId: TRAINING_PROFILE.id,
          origin: location.origin.slice(0, 256),
          officerId: DEMO_OFFICER_ID,
          demo: true,
          now: Date.now(),
        })
        .then(onAudit)
        .catch((err: unknown) => console.warn('Waymark demo: audit event refused:', err));
    },
    async loadActions(recordKey) {
      return saved.get(recordKey) ?? [];
    },
    async spoDraft(input) {
      return buildSpoDraft(input);
    },
    async summary(input) {
      return formatSummary(toSummaryInput(input), {
        names: summaryNames(defaultPack, activeCatalogue(), messages() ?? {}),
        zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        officer: DEMO_OFFICER_ID,
      });
    },
    saveActions(recordKey, actions) {
      saved.set(recordKey, [...actions]);
    },
    clear() {
      saved.clear();
    },
    allActions() {
      return [...saved.values()].flat();
    },
  };
  return bridge;
}

function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}

function fieldsText(step: Scenario['steps'][number]): string | null {
  const entries = Object.entries(step.fields ?? {});
  if (entries.length === 0) return null;
  return entries
    .map(([role, value]) => {
      // The label and a chosen option are the training record's own (English) words.
      const label = TRAINING_FIELDS[role as keyof typeof TRAINING_FIELDS]?.label ?? role;
      const shown =
        value === true
          ? t('demo.ticked')
          : value === false
            ? t('demo.notTicked')
            : value || t('demo.blank');
      return `${label}: ${shown}`;
    })
    .join('; ');
}

/** What a presenter can do from the keyboard. */
export type PresenterAction =
  'play' | 'sentence' | 'step' | 'reset' | 'notes' | 'large' | 'previous' | 'next' | SpeedId;

/**
 * Keyboard shortcuts: the one list the page both listens for and shows on screen. Keys are
 * `KeyboardEvent.key` values, letters in lower case; the digits choose a speed, in list order.
 */
export const SHORTCUTS: readonly {
  keys: readonly string[];
  shown: string;
  action: PresenterAction | 'speed';
  /** What the key does, in the active language. */
  does(): string;
}[] = [
  { keys: ['p', ' '], shown: 'P / Space', action: 'play', does: () => t('demo.key.play') },
  {
    keys: ['s', 'ArrowRight'],
    shown: 'S / →',
    action: 'sentence',
    does: () => t('demo.key.sentence'),
  },
  { keys: ['n'], shown: 'N', action: 'step', does: () => t('demo.key.step') },
  { keys: ['r'], shown: 'R', action: 'reset', does: () => t('demo.key.reset') },
  { keys: ['e'], shown: 'E', action: 'notes', does: () => t('demo.key.notes') },
  { keys: ['l'], shown: 'L', action: 'large', does: () => t('demo.key.large') },
  { keys: ['['], shown: '[', action: 'previous', does: () => t('demo.key.previous') },
  { keys: [']'], shown: ']', action: 'next', does: () => t('demo.key.next') },
  {
    keys: SPEEDS.map((_, i) => String(i + 1)),
    shown: `1–${SPEEDS.length}`,
    action: 'speed',
    does: () =>
      t('demo.key.speed', { list: SPEEDS.map((s) => speedLabel(s.id).toLowerCase()).join(', ') }),
  },
];

/** A typing speed's name in the active language. */
const speedLabel = (id: SpeedId): string => t(`demo.speed.${id}`);

/** The shortcut action for a key press, or null (typing in a field never triggers one). */
export function shortcutFor(e: KeyboardEvent): PresenterAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return null;
  const target = e.target instanceof Element ? e.target : null;
  // The overlay's own keys and anything typed into the record or a control stay theirs.
  if (target?.closest('input, textarea, select, [contenteditable], waymark-overlay')) return null;
  // Space on a focused button presses that button.
  if (e.key === ' ' && target?.closest('button')) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const shortcut = SHORTCUTS.find((s) => s.keys.includes(key));
  if (!shortcut) return null;
  return shortcut.action === 'speed' ? (SPEEDS[Number(key) - 1]?.id ?? null) : shortcut.action;
}

const KINDS: Scenario['kind'][] = ['stalking', 'not-stalking', 'recording'];
const kindLabel = (kind: Scenario['kind']): string => t(`demo.kind.${kind}`);

/** Bring the narrative into view unless it already is (the sticky banner covers the page top). */
function revealNarrative(slot: HTMLElement): void {
  const field = trainingField(slot, 'narrative');
  if (!field) return;
  const box = field.getBoundingClientRect();
  const bannerBottom = document.querySelector('.demo-banner')?.getBoundingClientRect().bottom ?? 0;
  if (box.top >= bannerBottom && box.bottom <= window.innerHeight) return;
  (field.closest('fieldset') ?? field).scrollIntoView?.({ block: 'start' });
}

/** The trainer demo page. */
export function DemoApp({
  start = startRealOverlay,
  loadPolicy = loadPolicyFromBackground,
  typing,
}: DemoAppProps) {
  const [policy, setPolicy] = useState<DemoPolicy | null>(null);

  useEffect(() => {
    let live = true;
    loadPolicy()
      .catch(() => OPEN_POLICY)
      .then((p) => {
        if (live) setPolicy(p);
      });
    return () => {
      live = false;
    };
  }, [loadPolicy]);

  return (
    <div class="demo-page">
      <p class="demo-banner" data-testid="demo-banner">
        <strong>{demoBanner()}</strong>
      </p>
      {policy === null ? (
        <p class="demo-loading" role="status">
          {t('demo.loading')}
        </p>
      ) : policy.allowed ? (
        <DemoRunner policy={policy} start={start} typing={typing} />
      ) : (
        <main class="demo-blocked" data-testid="demo-blocked">
          <h1>{t('demo.off')}</h1>
          <p>
            {t('demo.offPolicy')}{' '}
            {policy.supportContact
              ? t('demo.offContact', { contact: policy.supportContact })
              : t('demo.offAdmin')}
          </p>
        </main>
      )}
    </div>
  );
}

interface RunnerProps {
  policy: DemoPolicy;
  start: NonNullable<DemoAppProps['start']>;
  typing: DemoAppProps['typing'];
}

function DemoRunner({ policy, start, typing }: RunnerProps) {
  const template = useMemo(() => parseRecord(recordHtml), []);
  const sink = useMemo(() => createDemoAuditSink(), []);
  const [auditCount, setAuditCount] = useState(0);
  const bridge = useMemo(() => demoBridge(sink, () => setAuditCount(sink.size)), [sink]);

  const recordSlot = useRef<HTMLDivElement>(null);
  const overlay = useRef<AbortController | null>(null);
  const playback = useRef<AbortController | null>(null);
  // The cursor is read by playback as it runs, so it lives in a ref; the state copy renders it.
  const cursorRef = useRef<Cursor>(START);

  // The scenarios in the page's language: the trainer's words change, never the narratives.
  const SCENARIOS = scenariosIn(language());
  const scenarioById = (id: string) => SCENARIOS.find((s) => s.id === id);
  /** Scenarios a trainee can practise on: the ones with a brief. */
  const EXERCISES = SCENARIOS.filter((s) => s.practice);
  const [scenarioId, setScenarioId] = useState(SCENARIOS[0]!.id);
  const [cursor, setCursor] = useState<Cursor>(START);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<SpeedId>('normal');
  const [notesOpen, setNotesOpen] = useState(false);
  const [large, setLarge] = useState(false);
  const [mode, setMode] = useState<'present' | 'practice'>('present');
  const [status, setStatus] = useState('');
  const scenario = scenarioById(scenarioId) ?? SCENARIOS[0]!;
  const units = useMemo(() => playUnits(scenario), [scenario]);
  const done = stepsDone(units, cursor);
  const finished = cursor.unit >= units.length;
  const state: DemoState = playing
    ? 'playing'
    : finished
      ? 'finished'
      : cursor.unit === 0 && cursor.offset === 0
        ? 'ready'
        : 'paused';

  const moveTo = (c: Cursor) => {
    cursorRef.current = c;
    setCursor(c);
  };

  /** Put a blank record on the page and start a fresh overlay on it. */
  const resetRecord = () => {
    playback.current?.abort();
    playback.current = null;
    setPlaying(false);
    overlay.current?.abort();
    const slot = recordSlot.current;
    if (!slot) return;
    slot.replaceChildren(...freshRecord(template));
    sink.clear();
    bridge.clear();
    setAuditCount(0);
    moveTo(START);
    const ctl = new AbortController();
    overlay.current = ctl;
    Promise.resolve(
      start({
        signal: ctl.signal,
        doc: document,
        profile: TRAINING_PROFILE,
        shadowMode: shadowMode(),
        role: 'trainer',
        mandatory: policy.mandatory,
        services: DEFAULT_SERVICES,
        bridge,
        pack: defaultPack,
        catalogue: activeCatalogue(),
      }),
    ).catch((err: unknown) => {
      console.error('Waymark demo: the overlay did not start:', err);
      setStatus(t('demo.status.noOverlay'));
    });
  };

  useEffect(() => {
    // The record's own look (fonts, fieldsets) comes with it, scoped by its element names.
    const style = template.style ? document.importNode(template.style, true) : null;
    if (style) document.head.append(style);
    resetRecord();
    return () => {
      playback.current?.abort();
      overlay.current?.abort();
      style?.remove();
    };
    // Once per mount: later resets come from chooseScenario and onReset.
  }, []);

  const chooseScenario = (id: string) => {
    const next = scenarioById(id);
    if (!next) return;
    setScenarioId(id);
    setStatus(t('demo.status.scenario', { title: next.title }));
    resetRecord();
  };

  const play = async (until: PlayUntil) => {
    const slot = recordSlot.current;
    if (playback.current || !slot || cursorRef.current.unit >= units.length) return;
    const ctl = new AbortController();
    playback.current = ctl;
    setPlaying(true);
    revealNarrative(slot);
    const pace = typing ?? speedById(speed);
    let stepsPlayed = stepsDone(units, cursorRef.current);
    try {
      const at = await playFrom(slot, units, cursorRef.current, until, {
        wordsPerChunk: pace.wordsPerChunk,
        delayMs: pace.delayMs,
        signal: ctl.signal,
        onProgress: (c) => {
          moveTo(c);
          const now = stepsDone(units, c);
          if (now > stepsPlayed) {
            stepsPlayed = now;
            setStatus(t('demo.status.step', { now, total: scenario.steps.length }));
          }
        },
      });
      if (at.unit >= units.length) setStatus(t('demo.status.finished'));
    } catch (err) {
      // Pause, reset or a new scenario stopped playback; each has set the state itself.
      if (!isAbort(err)) {
        console.error('Waymark demo: playback failed:', err);
        setStatus(t('demo.status.error'));
      }
    } finally {
      if (playback.current === ctl) {
        playback.current = null;
        setPlaying(false);
      }
    }
  };

  const pause = () => {
    if (!playback.current) return;
    playback.current.abort();
    playback.current = null;
    setPlaying(false);
    setStatus(t('demo.status.paused'));
  };

  const onReset = () => {
    resetRecord();
    setStatus(t('demo.status.reset'));
  };

  const shift = (by: number) => {
    const i = SCENARIOS.findIndex((s) => s.id === scenario.id);
    const next = SCENARIOS[(i + by + SCENARIOS.length) % SCENARIOS.length]!;
    chooseScenario(next.id);
  };

  const perform = (action: PresenterAction) => {
    switch (action) {
      case 'play':
        if (playing) pause();
        else void play('end');
        return;
      case 'sentence':
        void play('sentence');
        return;
      case 'step':
        void play('step');
        return;
      case 'reset':
        onReset();
        return;
      case 'notes':
        setNotesOpen((open) => !open);
        return;
      case 'large':
        setLarge((on) => !on);
        return;
      case 'previous':
        shift(-1);
        return;
      case 'next':
        shift(1);
        return;
      default:
        setSpeed(action);
        setStatus(t('demo.status.speed', { speed: speedLabel(action).toLowerCase() }));
    }
  };

  /** Switch between presenting and practice; either way the record starts blank. */
  const chooseMode = (next: 'present' | 'practice') => {
    if (next === mode) return;
    setMode(next);
    if (next === 'practice' && !scenario.practice) setScenarioId(EXERCISES[0]!.id);
    setStatus(t(next === 'practice' ? 'demo.status.practice' : 'demo.status.presenter'));
    resetRecord();
  };

  /** Score the record as the trainee left it, the way the overlay reads it. */
  const scoreAttempt = () => {
    const record = readRecord(findFieldsGeneric(document, TRAINING_PROFILE));
    const analysis = analyse(record.narrative, defaultPack);
    const prompts = evaluatePrompts({
      analysis,
      record,
      actions: bridge.allActions(),
      mandatory: policy.mandatory,
      services: DEFAULT_SERVICES,
      now: Date.now(),
      catalogue: activeCatalogue(),
    });
    return scorePractice(scenario, record, analysis, prompts);
  };

  // Handlers close over this render's state, so the listener calls the latest one. In practice
  // mode the trainee is writing, so the presenter's keys are off.
  const performRef = useRef(perform);
  performRef.current = mode === 'present' ? perform : () => undefined;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = shortcutFor(e);
      if (!action) return;
      e.preventDefault();
      performRef.current(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    // The notes open below the controls; bring them into the presenter column's view.
    if (notesOpen) document.getElementById('demo-notes')?.scrollIntoView?.({ block: 'nearest' });
  }, [notesOpen]);

  const lastTaught = done > 0 ? scenario.steps[done - 1] : undefined;
  const kinds = KINDS;

  return (
    <div class={large ? 'demo-layout demo-large' : 'demo-layout'}>
      <aside
        class="demo-presenter"
        data-testid="demo-scenario"
        data-scenario-id={scenario.id}
        data-demo-state={state}
        aria-labelledby="demo-heading"
      >
        <h1 id="demo-heading">{t('demo.title')}</h1>
        <div class="demo-buttons demo-modes" role="group" aria-label={t('demo.mode')}>
          <button
            type="button"
            class="demo-btn"
            aria-pressed={mode === 'present'}
            onClick={() => chooseMode('present')}
          >
            {t('demo.presenter')}
          </button>
          <button
            type="button"
            class="demo-btn"
            aria-pressed={mode === 'practice'}
            onClick={() => chooseMode('practice')}
          >
            {t('demo.practice')}
          </button>
        </div>
        {mode === 'practice' ? (
          <PracticePanel
            exercise={scenario}
            exercises={EXERCISES}
            onChoose={(id) => {
              setScenarioId(id);
              setStatus('');
              resetRecord();
            }}
            score={scoreAttempt}
            narrative={() => readRecord(findFieldsGeneric(document, TRAINING_PROFILE)).narrative}
          />
        ) : (
          <>
            <label class="demo-label" for="demo-scenario-select">
              {t('demo.scenario')}
            </label>
            <select
              id="demo-scenario-select"
              class="demo-select"
              data-testid="demo-scenarios"
              value={scenario.id}
              onChange={(e) => chooseScenario((e.currentTarget as HTMLSelectElement).value)}
            >
              {kinds.map((kind) => (
                <optgroup key={kind} label={kindLabel(kind)}>
                  {SCENARIOS.filter((s) => s.kind === kind).map((s) => (
                    <option key={s.id} value={s.id} data-scenario={s.id}>
                      {s.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <p class="demo-summary">{scenario.summary}</p>

            <div class="demo-buttons" role="group" aria-label={t('demo.playback')}>
              <button
                type="button"
                class="demo-btn demo-btn-primary"
                data-action="play"
                aria-keyshortcuts="P Space"
                aria-disabled={finished}
                onClick={() => perform('play')}
              >
                {t(playing ? 'demo.pause' : 'demo.play')}
              </button>
              <button
                type="button"
                class="demo-btn"
                data-action="sentence"
                aria-keyshortcuts="S ArrowRight"
                aria-disabled={playing || finished}
                onClick={() => perform('sentence')}
              >
                {t('demo.nextSentence')}
              </button>
              <button
                type="button"
                class="demo-btn"
                data-action="step"
                aria-keyshortcuts="N"
                aria-disabled={playing || finished}
                onClick={() => perform('step')}
              >
                {t('demo.nextStep')}
              </button>
              <button
                type="button"
                class="demo-btn"
                data-action="reset"
                aria-keyshortcuts="R"
                onClick={() => perform('reset')}
              >
                {t('demo.reset')}
              </button>
            </div>
            <div class="demo-row">
              <label class="demo-label" for="demo-speed">
                {t('demo.speed')}
              </label>
              <select
                id="demo-speed"
                class="demo-select demo-select-small"
                value={speed}
                onChange={(e) => setSpeed((e.currentTarget as HTMLSelectElement).value as SpeedId)}
              >
                {SPEEDS.map((s) => (
                  <option key={s.id} value={s.id}>
                    {speedLabel(s.id)}
                  </option>
                ))}
              </select>
            </div>
            <div class="demo-buttons" role="group" aria-label={t('demo.view')}>
              <button
                type="button"
                class="demo-btn"
                aria-expanded={notesOpen}
                aria-controls="demo-notes"
                aria-keyshortcuts="E"
                onClick={() => perform('notes')}
              >
                {t('demo.notes')}
              </button>
              <button
                type="button"
                class="demo-btn"
                aria-pressed={large}
                aria-keyshortcuts="L"
                onClick={() => perform('large')}
              >
                {t('demo.large')}
              </button>
            </div>
            <p class="demo-status" role="status" aria-live="polite">
              {status}
            </p>
            {lastTaught && (
              <div class="demo-teach-now" data-testid="demo-teach-now">
                <h2>{t('demo.pointOut')}</h2>
                <p>{lastTaught.teach}</p>
              </div>
            )}

            <ScenarioNotes scenario={scenario} open={notesOpen} />

            <h2 class="demo-subhead">{t('demo.steps', { done, total: scenario.steps.length })}</h2>
            <ol class="demo-steps">
              {scenario.steps.map((step, i) => {
                const stepState = i < done ? 'done' : playing && i === done ? 'playing' : 'todo';
                const sets = fieldsText(step);
                return (
                  <li
                    key={i}
                    class={`demo-step demo-step-${stepState}`}
                    data-step={i}
                    data-step-state={stepState}
                    aria-current={stepState === 'playing' ? 'step' : undefined}
                  >
                    <span class="demo-step-state">
                      {t(
                        stepState === 'done'
                          ? 'demo.played'
                          : stepState === 'playing'
                            ? 'demo.playing'
                            : 'demo.toPlay',
                      )}
                    </span>
                    <p class="demo-teach">{step.teach}</p>
                    {sets && <p class="demo-sets">{t('demo.sets', { fields: sets })}</p>}
                  </li>
                );
              })}
            </ol>

            <h2 class="demo-subhead" id="demo-keys-heading">
              {t('demo.keys')}
            </h2>
            <dl class="demo-keys" aria-labelledby="demo-keys-heading">
              {SHORTCUTS.map((k) => (
                <div key={k.action}>
                  <dt>
                    <kbd>{k.shown}</kbd>
                  </dt>
                  <dd>{k.does()}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
        <p class="demo-audit" data-testid="demo-audit-count">
          {t('demo.auditCount', { count: auditCount })}
        </p>
      </aside>
      <div class="demo-record" ref={recordSlot} />
    </div>
  );
}
