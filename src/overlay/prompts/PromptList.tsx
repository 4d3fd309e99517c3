/**
 * The prompt checklist in the overlay panel. Prop-driven: it renders
 * PromptView[] from the engine and reports the officer's decisions through `onAction`. It never
 * touches extension APIs and never moves focus on render; focus moves only in answer to the
 * officer's own click or key press.
 *
 * The host page is untrusted and can dispatch synthetic events into the panel. Every handler
 * that records an officer action goes through `trusted()`, which drops events with
 * `isTrusted === false`.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { OfficerAction, PromptState, PromptView } from '../../prompts/types';
import { t } from '../../i18n/runtime';

/** One hour: the default snooze. */
export const SNOOZE_MS = 60 * 60 * 1000;

/** Value of the "type my own reason" option in the reason list. */
export const OTHER_REASON = '__other__';

/** True only for events the browser created from real user input. */
export function isTrustedEvent(event: { isTrusted: boolean }): boolean {
  return event.isTrusted === true;
}

/**
 * Wrap a handler so synthetic events (dispatched by the host page's scripts) are ignored.
 * `preventDefault` still runs for forms, so an untrusted submit cannot navigate the page either.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.type === 'submit') event.preventDefault();
    if (!isTrustedEvent(event)) return;
    handler(event);
  };
}

/**
 * The reason to record: the typed text when "Other" is chosen or the list is left empty,
 * otherwise the chosen option. Null when there is no reason (the form then shows an error).
 */
export function validateReason(choice: string, typed: string): string | null {
  const picked = choice === OTHER_REASON || choice === '' ? typed.trim() : choice.trim();
  return picked.length > 0 ? picked.slice(0, 200) : null;
}

/** Target of an action: a prompt id or `vna.<step id>`. */
export type ActionTarget = OfficerAction['promptId'];

/** Builders for the three officer actions; the component calls them after the trust check. */
export interface PromptActions {
  done(target: ActionTarget): OfficerAction;
  notApplicable(target: ActionTarget, reason: string): OfficerAction | null;
  snooze(target: ActionTarget): OfficerAction;
}

/**
 * The inner action path: builds each OfficerAction and passes it to `onAction`. Exported so tests
 * can drive it directly (test events are never trusted).
 */
export function createPromptActions(
  onAction: (action: OfficerAction) => void,
  now: () => number = Date.now,
  snoozeMs: number = SNOOZE_MS,
): PromptActions {
  return {
    done(target) {
      const action: OfficerAction = { promptId: target, state: 'done', at: now() };
      onAction(action);
      return action;
    },
    notApplicable(target, reason) {
      const r = reason.trim();
      if (!r) return null;
      const action: OfficerAction = {
        promptId: target,
        state: 'not_applicable',
        reason: r,
        at: now(),
      };
      onAction(action);
      return action;
    },
    snooze(target) {
      const at = now();
      const action: OfficerAction = {
        promptId: target,
        state: 'snoozed',
        at,
        until: at + snoozeMs,
      };
      onAction(action);
      return action;
    },
  };
}

/** A prompt's state as its badge says it: an open prompt is "to do". */
const stateText = (state: PromptState): string =>
  state === 'open' ? t('prompt.todo') : t(`state.${state}`);

interface ActionBarProps {
  target: ActionTarget;
  /** What the buttons act on, for their accessible names ("SPO consideration missing"). */
  label: string;
  state: PromptState;
  naReasons: string[];
  actions: PromptActions;
  /** Snooze is offered on whole prompts, not on single checklist steps. */
  canSnooze: boolean;
  /**
   * Force policy requires this prompt: instead of a Snooze button, say why there is none (an
   * absent button with no word would look like a fault).
   */
  mandatory?: boolean;
}

/** Shown in place of Snooze on a policy-mandatory prompt. */
export const mandatoryNoSnooze = (): string => t('prompt.noSnooze');

/** Done / Not applicable / Snooze, with the inline reason form. */
function ActionBar({
  target,
  label,
  state,
  naReasons,
  actions,
  canSnooze,
  mandatory = false,
}: ActionBarProps) {
  const [formOpen, setFormOpen] = useState(false);
  const [choice, setChoice] = useState('');
  const [typed, setTyped] = useState('');
  const [error, setError] = useState(false);
  const naButton = useRef<HTMLButtonElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  // Set only by the officer's own click, so opening the form never steals focus on render.
  const focusOnOpen = useRef(false);
  const id = useId();
  const formId = `${id}-na`;
  const errorId = `${id}-err`;

  useEffect(() => {
    if (formOpen && focusOnOpen.current) {
      focusOnOpen.current = false;
      select.current?.focus();
    }
  }, [formOpen]);

  const closeForm = () => {
    setFormOpen(false);
    setChoice('');
    setTyped('');
    setError(false);
    naButton.current?.focus();
  };

  const onSubmit = trusted<Event>(() => {
    const reason = validateReason(choice, typed);
    if (!reason) {
      setError(true);
      return;
    }
    actions.notApplicable(target, reason);
    closeForm();
  });

  return (
    <div class="wm-actions">
      <div class="wm-buttons">
        <button
          type="button"
          class="wm-btn wm-btn-primary"
          aria-label={t('prompt.markDone', { label })}
          disabled={state === 'done'}
          onClick={trusted(() => actions.done(target))}
        >
          {t('prompt.done')}
        </button>
        <button
          type="button"
          class="wm-btn"
          ref={naButton}
          aria-label={t('prompt.na.label', { label })}
          aria-expanded={formOpen}
          aria-controls={formId}
          onClick={() => {
            // Opening the form records nothing, so it needs no trust check.
            focusOnOpen.current = !formOpen;
            setFormOpen(!formOpen);
          }}
        >
          {t('prompt.na')}
        </button>
        {canSnooze && !mandatory && (
          <button
            type="button"
            class="wm-btn"
            aria-label={t('prompt.snooze.label', { label })}
            onClick={trusted(() => actions.snooze(target))}
          >
            {t('prompt.snooze')}
          </button>
        )}
      </div>
      {canSnooze && mandatory && <p class="wm-no-snooze">{mandatoryNoSnooze()}</p>}
      {formOpen && (
        <form
          id={formId}
          class="wm-na-form"
          aria-label={t('prompt.reasonForm', { label })}
          onSubmit={onSubmit}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              closeForm();
            }
          }}
        >
          <label class="wm-field">
            <span>{t('prompt.reason')}</span>
            <select
              ref={select}
              value={choice}
              aria-describedby={error ? errorId : undefined}
              onChange={(e) => {
                setChoice(e.currentTarget.value);
                setError(false);
              }}
            >
              <option value="">{t('prompt.chooseReason')}</option>
              {naReasons.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
              <option value={OTHER_REASON}>{t('prompt.otherReason')}</option>
            </select>
          </label>
          <label class="wm-field">
            <span>{t('prompt.typeReason')}</span>
            <input
              type="text"
              value={typed}
              maxLength={200}
              autocomplete="off"
              aria-describedby={error ? errorId : undefined}
              onInput={(e) => {
                setTyped(e.currentTarget.value);
                setError(false);
              }}
            />
          </label>
          {error && (
            <p id={errorId} class="wm-error" role="alert">
              {t('prompt.reasonError')}
            </p>
          )}
          <div class="wm-buttons">
            <button type="submit" class="wm-btn wm-btn-primary">
              {t('prompt.saveReason')}
            </button>
            <button type="button" class="wm-btn" onClick={closeForm}>
              {t('prompt.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

interface PromptCardProps {
  prompt: PromptView;
  actions: PromptActions;
}

function PromptCard({ prompt, actions }: PromptCardProps) {
  const headingId = `${useId()}-h`;
  return (
    <section
      class="wm-prompt"
      data-prompt={prompt.id}
      data-state={prompt.state}
      aria-labelledby={headingId}
    >
      <header class="wm-prompt-head">
        <h3 id={headingId} class="wm-title">
          {prompt.title}
        </h3>
        <span class={`wm-badge wm-badge-${prompt.state}`}>{stateText(prompt.state)}</span>
        {prompt.mandatory && (
          <span class="wm-badge wm-badge-mandatory">{t('prompt.mandatory')}</span>
        )}
      </header>
      <p class="wm-ask">{prompt.ask}</p>
      {prompt.doneBecause && (
        <p class="wm-done-because">{t('prompt.doneBecause', { text: prompt.doneBecause })}</p>
      )}
      {prompt.reason && <p class="wm-reason">{t('prompt.reasonGiven', { text: prompt.reason })}</p>}
      {prompt.points.length > 0 && (
        <ul class="wm-points">
          {prompt.points.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {prompt.steps.length > 0 && (
        <ul class="wm-steps" aria-label={t('prompt.steps')}>
          {prompt.steps.map((s) => (
            <li key={s.id} class="wm-step" data-vna-step={s.id} data-state={s.state}>
              <span class={`wm-check wm-check-${s.state}`} aria-hidden="true" />
              <div class="wm-step-body">
                <p class="wm-step-title">
                  <strong>{s.title}</strong>
                  <span class="wm-visually-hidden">: {stateText(s.state)}</span>
                </p>
                {s.state !== 'done' && <p class="wm-step-ask">{s.ask}</p>}
                {s.doneBecause && (
                  <p class="wm-done-because">{t('prompt.doneBecause', { text: s.doneBecause })}</p>
                )}
                {s.reason && <p class="wm-reason">{t('prompt.reasonGiven', { text: s.reason })}</p>}
                {s.why && (
                  <details class="wm-why">
                    <summary>{t('prompt.why')}</summary>
                    {s.why}
                  </details>
                )}
                {s.state !== 'done' && (
                  <ActionBar
                    target={`vna.${s.id}`}
                    label={s.title}
                    state={s.state}
                    naReasons={s.naReasons ?? []}
                    actions={actions}
                    canSnooze={false}
                  />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <details class="wm-why">
        <summary>{t('prompt.whyDone')}</summary>
        <p>{prompt.why}</p>
        <p>
          <strong>{t('prompt.doneWhen')}</strong>
          {prompt.satisfiedBy}
        </p>
      </details>
      {!(prompt.state === 'done' && prompt.doneBecause) && (
        <ActionBar
          target={prompt.id}
          label={prompt.title}
          state={prompt.state}
          naReasons={prompt.naReasons ?? []}
          actions={actions}
          canSnooze={prompt.state !== 'done'}
          mandatory={prompt.mandatory}
        />
      )}
    </section>
  );
}

/** Props for PromptList. */
export interface PromptListProps {
  prompts: PromptView[];
  /** Called with each officer action; the caller records it for the audit. */
  onAction: (action: OfficerAction) => void;
  /** Clock, injectable for tests. */
  now?: () => number;
  /** Snooze length in ms (default one hour). */
  snoozeMs?: number;
}

/** The list of prompts, each with `data-prompt` and `data-state` on its root element. */
export function PromptList({ prompts, onAction, now, snoozeMs }: PromptListProps) {
  const actions = createPromptActions(onAction, now, snoozeMs);
  if (prompts.length === 0) {
    return <p class="wm-empty">{t('prompt.none')}</p>;
  }
  // Open prompts first, in catalogue order: what is still to do leads.
  const open = prompts.filter((p) => p.state === 'open');
  return (
    <div class="wm-prompt-list">
      {[...open, ...prompts.filter((p) => p.state !== 'open')].map((p) => (
        <PromptCard key={p.id} prompt={p} actions={actions} />
      ))}
    </div>
  );
}
