/**
 * The trainer demo page (/demo.html): the fictional training record, the real overlay running on
 * it, and scripted scenarios that type into the record so a trainer can show officers what
 * Waymark does, step by step.
 *
 *   training-record.html ─(DOMParser, importNode)─► this page ◄─ scenario player (input events)
 *                                                      │
 *                                      startWaymark (role trainer) ─► demo bridge ─► memory only
 *
 * Nothing here reaches the real audit log: audit events go to the in-memory demo sink and the
 * trainer's prompt decisions are kept in memory, both gone when the page closes.
 */
import { defaultPack } from '../core/index';
import { CATALOGUE } from '../prompts/catalogue';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AuditEvent } from '../audit/schema';
import { send } from '../messaging/client';
import type { WaymarkBridge } from '../overlay/bridge';
import { buildSpoDraft } from '../prompts/spo-draft';
import { summaryNames } from '../prompts/labels';
import { formatSummary } from '../prompts/summary-format';
import { toSummaryInput } from '../prompts/summary-input';
import type { StartOptions } from '../overlay/start';
import { DEFAULT_SERVICES } from '../prompts/services';
import type { OfficerAction, PromptId } from '../prompts/types';
import recordHtml from '../../tests/e2e/pages/training-record.html?raw';
import { createDemoAuditSink, type DemoAuditSink } from './demo-audit';
import { playStep } from './player';
import { SCENARIOS, type Scenario } from './scenarios';
import { TRAINING_FIELDS, TRAINING_PROFILE } from './training-profile';

/** The banner text; it stays on screen the whole time. */
export const DEMO_BANNER =
  'TRAINING DEMO – fictional record, nothing is saved to the real audit log';

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
  /** Typing speed for playback. */
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
  const { startWaymark } = await import('../overlay/start');
  startWaymark(opts);
}

/** Test builds (WAYMARK_TEST=1) open the shadow root so e2e tests can look inside. */
function shadowMode(): 'open' | 'closed' {
  return typeof __WAYMARK_TEST__ !== 'undefined' && __WAYMARK_TEST__ ? 'open' : 'closed';
}

const DEFAULT_TYPING = { wordsPerChunk: 3, delayMs: 70 };

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
  const bridge: WaymarkBridge & { clear(): void } = {
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
        names: summaryNames(defaultPack, CATALOGUE),
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
      const label = TRAINING_FIELDS[role as keyof typeof TRAINING_FIELDS]?.label ?? role;
      const shown = value === true ? 'ticked' : value === false ? 'not ticked' : value || '(blank)';
      return `${label}: ${shown}`;
    })
    .join('; ');
}

/** The trainer demo page. */
export function DemoApp({
  start = startRealOverlay,
  loadPolicy = loadPolicyFromBackground,
  typing = DEFAULT_TYPING,
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
        <strong>{DEMO_BANNER}</strong>
      </p>
      {policy === null ? (
        <p class="demo-loading" role="status">
          Loading the training demo…
        </p>
      ) : policy.allowed ? (
        <DemoRunner policy={policy} start={start} typing={typing} />
      ) : (
        <main class="demo-blocked" data-testid="demo-blocked">
          <h1>The training demo is turned off</h1>
          <p>
            Your force’s Waymark policy does not allow the training demo in this browser.{' '}
            {policy.supportContact
              ? `If you need it for training, contact ${policy.supportContact}.`
              : 'If you need it for training, ask your Waymark administrator.'}
          </p>
        </main>
      )}
    </div>
  );
}

interface RunnerProps {
  policy: DemoPolicy;
  start: NonNullable<DemoAppProps['start']>;
  typing: NonNullable<DemoAppProps['typing']>;
}

function DemoRunner({ policy, start, typing }: RunnerProps) {
  const template = useMemo(() => parseRecord(recordHtml), []);
  const sink = useMemo(() => createDemoAuditSink(), []);
  const [auditCount, setAuditCount] = useState(0);
  const bridge = useMemo(() => demoBridge(sink, () => setAuditCount(sink.size)), [sink]);

  const recordSlot = useRef<HTMLDivElement>(null);
  const overlay = useRef<AbortController | null>(null);
  const playback = useRef<AbortController | null>(null);
  const played = useRef(0);

  const [scenarioId, setScenarioId] = useState(SCENARIOS[0]!.id);
  const [playedCount, setPlayedCount] = useState(0);
  const [state, setState] = useState<DemoState>('ready');
  const [status, setStatus] = useState('');
  const scenario = SCENARIOS.find((s) => s.id === scenarioId) ?? SCENARIOS[0]!;

  /** Put a blank record on the page and start a fresh overlay on it. */
  const resetRecord = () => {
    playback.current?.abort();
    playback.current = null;
    overlay.current?.abort();
    const slot = recordSlot.current;
    if (!slot) return;
    slot.replaceChildren(...freshRecord(template));
    sink.clear();
    bridge.clear();
    setAuditCount(0);
    played.current = 0;
    setPlayedCount(0);
    setState('ready');
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
        catalogue: CATALOGUE,
      }),
    ).catch((err: unknown) => {
      console.error('Waymark demo: the overlay did not start:', err);
      setStatus('The Waymark overlay could not start on the training record.');
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
    setScenarioId(id);
    setStatus('');
    resetRecord();
  };

  const play = async (mode: 'next' | 'all') => {
    if (playback.current) return;
    const slot = recordSlot.current;
    if (!slot) return;
    const ctl = new AbortController();
    playback.current = ctl;
    setState('playing');
    try {
      do {
        const i = played.current;
        const step = scenario.steps[i];
        if (!step) break;
        setStatus(`Playing step ${i + 1} of ${scenario.steps.length}.`);
        await playStep(slot, step, { ...typing, signal: ctl.signal });
        played.current = i + 1;
        setPlayedCount(i + 1);
        setStatus(`Step ${i + 1} of ${scenario.steps.length} played. ${step.teach}`);
      } while (mode === 'all');
      setState(played.current >= scenario.steps.length ? 'finished' : 'paused');
    } catch (err) {
      // A reset or a new scenario stopped playback; it has set the state itself.
      if (!isAbort(err)) {
        console.error('Waymark demo: playback failed:', err);
        setStatus('Playback stopped because of an error. Use Reset to start again.');
        setState('paused');
      }
    } finally {
      if (playback.current === ctl) playback.current = null;
    }
  };

  const onReset = () => {
    setStatus('Record reset.');
    resetRecord();
  };

  const busy = state === 'playing';
  const done = state === 'finished';

  return (
    <div class="demo-layout">
      <section class="demo-controls" aria-labelledby="demo-heading">
        <h1 id="demo-heading">Waymark training demo</h1>
        <p class="demo-intro">
          Choose a scenario, then play it step by step. Waymark runs on the fictional record below
          exactly as it does on a real one; the prompts and highlights appear as the text is typed.
        </p>
        <div
          class="demo-scenarios"
          data-testid="demo-scenarios"
          role="group"
          aria-label="Scenarios"
        >
          {SCENARIOS.map((s) => (
            <button
              key={s.id}
              type="button"
              class="demo-scenario-button"
              data-scenario={s.id}
              aria-pressed={s.id === scenario.id}
              onClick={() => chooseScenario(s.id)}
            >
              <span class="demo-scenario-title">{s.title}</span>
              <span class="demo-scenario-summary">{s.summary}</span>
            </button>
          ))}
        </div>

        <section
          class="demo-scenario"
          data-testid="demo-scenario"
          data-scenario-id={scenario.id}
          data-demo-state={state}
          aria-labelledby="demo-scenario-title"
        >
          <h2 id="demo-scenario-title">{scenario.title}</h2>
          <p>{scenario.summary}</p>
          <h3>Learning points</h3>
          <ul class="demo-learning">
            {scenario.learning.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
          <div class="demo-buttons">
            <button
              type="button"
              class="demo-btn demo-btn-primary"
              aria-disabled={busy || done}
              onClick={() => {
                if (!busy && !done) void play('all');
              }}
            >
              Play all steps
            </button>
            <button
              type="button"
              class="demo-btn"
              aria-disabled={busy || done}
              onClick={() => {
                if (!busy && !done) void play('next');
              }}
            >
              Next step
            </button>
            <button type="button" class="demo-btn" onClick={onReset}>
              Reset
            </button>
          </div>
          <p class="demo-status" role="status" aria-live="polite">
            {status}
          </p>
          <h3>Steps</h3>
          <ol class="demo-steps">
            {scenario.steps.map((step, i) => {
              const stepState =
                i < playedCount ? 'done' : busy && i === playedCount ? 'playing' : 'todo';
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
                    {stepState === 'done'
                      ? 'Played'
                      : stepState === 'playing'
                        ? 'Playing'
                        : 'To play'}
                  </span>
                  <p class="demo-teach">{step.teach}</p>
                  {sets && <p class="demo-sets">Sets {sets}.</p>}
                  {step.narrative && (
                    <p class="demo-types">Types {step.narrative.length} characters of narrative.</p>
                  )}
                </li>
              );
            })}
          </ol>
          <p class="demo-audit" data-testid="demo-audit-count">
            Demo audit events this session: {auditCount} (kept in this page only).
          </p>
        </section>
      </section>
      <div class="demo-record" ref={recordSlot} />
    </div>
  );
}
