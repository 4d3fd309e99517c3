import { useState } from 'preact/hooks';
import { plainText } from './format';
import { t } from '../i18n/runtime';
import { teamNames, teamOf, type TeamAssignments } from './teams';

interface Props {
  /** Officers in the view (those with a team but no records here are listed too). */
  officers: readonly string[];
  teams: TeamAssignments;
  /** Set (or with null, clear) an officer's team; answers an error to show, or null. */
  onAssign: (officerId: string, team: string | null) => Promise<string | null>;
  disabled?: boolean;
}

/** The supervisor puts officers in teams; the team filter reads this list. */
export function TeamsPanel({ officers, teams, onAssign, disabled }: Props) {
  const everyone = [...new Set([...officers, ...Object.keys(teams)])].sort();
  const [officer, setOfficer] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Closed at first: its form and list are drawn when it is opened, not on the first screen.
  const [open, setOpen] = useState(false);
  const chosen = officer || everyone[0] || '';
  const names = teamNames(teams);
  const assigned = everyone.filter((o) => teamOf(teams, o) !== undefined);

  async function submit(e: Event) {
    e.preventDefault();
    if (!chosen) return;
    const problem = await onAssign(chosen, name);
    setError(problem);
    if (!problem) setName('');
  }

  return (
    <details
      class="wm-card wm-teams"
      data-testid="wm-teams"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        <h2 id="wm-teams-h">{t('teams.title')}</h2>{' '}
        <span class="wm-muted">
          {t('teams.count', {
            assigned: assigned.length,
            everyone: everyone.length,
            count: names.length,
          })}
        </span>
      </summary>
      {open && (
        <>
          <p class="wm-muted">{t('teams.lede')}</p>
          <form class="wm-toolbar" onSubmit={submit} aria-labelledby="wm-teams-h">
            <div class="wm-field">
              <label for="wm-team-officer">{t('teams.officer')}</label>
              <select
                id="wm-team-officer"
                value={chosen}
                onChange={(e) => setOfficer(e.currentTarget.value)}
                disabled={disabled || everyone.length === 0}
              >
                {everyone.map((o) => (
                  <option key={o} value={o}>
                    {plainText(o)}
                  </option>
                ))}
              </select>
            </div>
            <div class="wm-field">
              <label for="wm-team-name">{t('teams.name')}</label>
              <input
                id="wm-team-name"
                type="text"
                list="wm-team-names"
                maxLength={60}
                value={name}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={error ? 'wm-team-error' : undefined}
                onInput={(e) => setName(e.currentTarget.value)}
                disabled={disabled || everyone.length === 0}
              />
              <datalist id="wm-team-names">
                {names.map((n) => (
                  <option key={n} value={n} />
                ))}
              </datalist>
            </div>
            <button type="submit" disabled={disabled || everyone.length === 0}>
              {t('teams.set')}
            </button>
          </form>
          <div role="alert">
            {error && (
              <p id="wm-team-error" class="wm-notice wm-notice-error">
                {error}
              </p>
            )}
          </div>
          {assigned.length > 0 && (
            <table class="wm-table" data-testid="wm-team-list">
              <caption>{t('teams.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('teams.officer')}</th>
                  <th scope="col">{t('teams.team')}</th>
                  <th scope="col">
                    <span class="wm-visually-hidden">{t('teams.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {assigned.map((o) => (
                  <tr key={o} data-officer={o}>
                    <th scope="row">{plainText(o)}</th>
                    <td>{teamOf(teams, o)}</td>
                    <td>
                      <button
                        type="button"
                        disabled={disabled}
                        onClick={async () => setError(await onAssign(o, null))}
                      >
                        {t('teams.remove')}
                        <span class="wm-visually-hidden">
                          {' '}
                          {t('teams.removeWho', { officer: plainText(o) })}
                        </span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </details>
  );
}
