import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send, MessageError } from '../messaging/client';
import type { SettingsReport } from '../config/settings';
import type { LocalSettings, Role, Services } from '../config/schema';
import type { SiteProfile } from '../adapters/profile';
import { parseProfileDraft, type ProfileDraft } from './profile-form';
import { TrainingSection } from './TrainingSection';

const ROLE_NAMES: Record<Role, string> = {
  officer: 'Officer',
  supervisor: 'Supervisor',
  trainer: 'Trainer',
};

const EMPTY_DRAFT: ProfileDraft = { id: '', name: '', matches: '', fields: '' };

/** Local layer as stored: the hand-added profiles and the officer's own values (never policy's). */
function localFrom(report: SettingsReport): LocalSettings {
  const e = report.effective;
  return {
    siteProfiles: e.profiles.filter((p) => p.source === 'local').map(({ source: _s, ...p }) => p),
    ...(report.sources.role === 'local' ? { role: e.role } : {}),
    ...(report.sources.officerId === 'local' ? { officerId: e.officerId } : {}),
    ...(report.sources.services === 'local' ? { services: e.services } : {}),
  };
}

/**
 * The options page: where Waymark runs (site profiles), who the officer is, local services, and a
 * report of what force policy set and what it refused.
 */
export function OptionsApp() {
  const [report, setReport] = useState<SettingsReport | null>(null);
  const [status, setStatus] = useState<string>('');
  const [errors, setErrors] = useState<string[]>([]);
  const [draft, setDraft] = useState<ProfileDraft>(EMPTY_DRAFT);
  const [granted, setGranted] = useState<Record<string, boolean>>({});

  const load = async () => {
    try {
      const r = await send('settings/get', {});
      setReport(r);
      const patterns = r.effective.profiles.flatMap((p) => p.matches);
      const entries = await Promise.all(
        patterns.map(
          async (m) => [m, await browser.permissions.contains({ origins: [m] })] as const,
        ),
      );
      setGranted(Object.fromEntries(entries));
    } catch (err) {
      setErrors([`Could not read settings: ${(err as Error).message}`]);
    }
  };
  useEffect(() => {
    void load();
  }, []);

  const save = async (local: LocalSettings, done: string) => {
    try {
      const r = await send('settings/save', { local });
      setReport(r);
      setErrors([]);
      setStatus(done);
      await load();
    } catch (err) {
      setErrors([err instanceof MessageError ? err.message : String(err)]);
    }
  };

  if (!report) {
    return (
      <main>
        <h1>Waymark settings</h1>
        <p role="status">{errors[0] ?? 'Loading…'}</p>
      </main>
    );
  }
  const e = report.effective;
  const local = localFrom(report);

  const addProfile = async (ev: Event) => {
    ev.preventDefault();
    if (!ev.isTrusted) return;
    const parsed = parseProfileDraft(draft);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    if (e.profiles.some((p) => p.id === parsed.profile.id)) {
      setErrors([`id: a profile called ${parsed.profile.id} already exists`]);
      return;
    }
    // Ask for exactly these origins now, while we still have the officer's click (user gesture).
    const ok = await browser.permissions.request({ origins: parsed.profile.matches });
    if (!ok) {
      setErrors([
        `The browser did not grant access to ${parsed.profile.matches.join(', ')}; the profile was not saved.`,
      ]);
      return;
    }
    await save(
      { ...local, siteProfiles: [...local.siteProfiles, parsed.profile] },
      `Added ${parsed.profile.name}.`,
    );
    setDraft(EMPTY_DRAFT);
  };

  const removeProfile = (p: SiteProfile) =>
    save(
      { ...local, siteProfiles: local.siteProfiles.filter((x) => x.id !== p.id) },
      `Removed ${p.name}.`,
    );

  const grant = async (p: SiteProfile) => {
    const ok = await browser.permissions.request({ origins: p.matches });
    setStatus(ok ? `Access granted for ${p.name}.` : `Access was not granted for ${p.name}.`);
    await load();
  };

  const saveIdentity = (ev: Event) => {
    ev.preventDefault();
    const form = new FormData(ev.currentTarget as HTMLFormElement);
    const role = form.get('role') as Role | null;
    const officerId = String(form.get('officerId') ?? '').trim();
    const service = (k: string) => {
      const name = String(form.get(`${k}-name`) ?? '').trim();
      const phone = String(form.get(`${k}-phone`) ?? '').trim();
      return name ? { name, ...(phone ? { phone } : {}) } : undefined;
    };
    const services: Services = {
      ...(service('stalkingAdvocacy') ? { stalkingAdvocacy: service('stalkingAdvocacy') } : {}),
      ...(service('idva') ? { idva: service('idva') } : {}),
      ...(service('perpetratorProgramme')
        ? { perpetratorProgramme: service('perpetratorProgramme') }
        : {}),
    };
    void save(
      {
        siteProfiles: local.siteProfiles,
        ...(report.sources.role !== 'policy' && role ? { role } : {}),
        ...(report.sources.officerId !== 'policy' && officerId ? { officerId } : {}),
        ...(report.sources.services !== 'policy' ? { services } : {}),
      },
      'Saved.',
    );
  };

  const fromPolicy = (k: keyof SettingsReport['sources']) => report.sources[k] === 'policy';

  return (
    <main>
      <h1>Waymark settings</h1>
      <p class="lede">
        Waymark reads the crime record in this browser only. Nothing you type is stored or sent
        anywhere.
      </p>
      <div role="status" aria-live="polite" class="status">
        {status}
      </div>
      {errors.length > 0 && (
        <div role="alert" class="errors" data-testid="options-errors">
          <p>Not saved:</p>
          <ul>
            {errors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}

      <section aria-labelledby="profiles-h">
        <h2 id="profiles-h">Where Waymark runs</h2>
        <table data-testid="profiles">
          <caption>Crime-recording systems (site profiles)</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Addresses</th>
              <th scope="col">Set by</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {e.profiles.length === 0 && (
              <tr>
                <td colSpan={5}>
                  No systems yet. Add one below, or ask your IT team to set one by policy.
                </td>
              </tr>
            )}
            {e.profiles.map((p) => {
              const missing = p.matches.filter((m) => granted[m] === false);
              return (
                <tr key={p.id} data-profile={p.id}>
                  <th scope="row">
                    {p.name}
                    {p.training ? ' (training environment)' : ''}
                  </th>
                  <td>
                    <code>{p.matches.join(' ')}</code>
                  </td>
                  <td>{p.source === 'policy' ? 'Force policy' : 'You'}</td>
                  <td>
                    {missing.length === 0 ? (
                      'Active'
                    ) : (
                      <>
                        Waiting for access to {missing.join(', ')}{' '}
                        <button type="button" onClick={() => void grant(p)}>
                          Grant access
                        </button>
                      </>
                    )}
                  </td>
                  <td>
                    {p.source === 'local' && (
                      <button
                        type="button"
                        onClick={() => void removeProfile(p)}
                        aria-label={`Remove ${p.name}`}
                      >
                        Remove
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>

        {e.disableUserProfiles ? (
          <p>Your force's policy manages the systems Waymark runs on.</p>
        ) : (
          <form onSubmit={(ev) => void addProfile(ev)} data-testid="add-profile">
            <h3>Add a system</h3>
            <label>
              Id (lower-case, digits, hyphens)
              <input
                name="id"
                required
                value={draft.id}
                onInput={(ev) => setDraft({ ...draft, id: ev.currentTarget.value })}
              />
            </label>
            <label>
              Name
              <input
                name="name"
                required
                value={draft.name}
                onInput={(ev) => setDraft({ ...draft, name: ev.currentTarget.value })}
              />
            </label>
            <label>
              Addresses (match patterns, one per line, e.g. https://crime.force.police.uk/*)
              <textarea
                name="matches"
                rows={2}
                required
                value={draft.matches}
                onInput={(ev) => setDraft({ ...draft, matches: ev.currentTarget.value })}
              />
            </label>
            <label>
              Field map (optional JSON; blank finds narrative fields automatically)
              <textarea
                name="fields"
                rows={3}
                value={draft.fields}
                onInput={(ev) => setDraft({ ...draft, fields: ev.currentTarget.value })}
              />
            </label>
            <label>
              <input
                type="checkbox"
                name="training"
                checked={draft.training === true}
                onChange={(ev) => setDraft({ ...draft, training: ev.currentTarget.checked })}
              />{' '}
              Training environment (trainers may switch demo mode on here)
            </label>
            <button type="submit">Add and ask for access</button>
          </form>
        )}
      </section>

      <section aria-labelledby="you-h">
        <h2 id="you-h">You and your local services</h2>
        <form onSubmit={saveIdentity} data-testid="identity">
          <label>
            Role
            <select
              name="role"
              disabled={fromPolicy('role')}
              value={e.role}
              aria-describedby="role-hint"
            >
              {fromPolicy('role') ? (
                <option value={e.role}>{ROLE_NAMES[e.role]}</option>
              ) : (
                <option value="officer">Officer</option>
              )}
            </select>
          </label>
          <p id="role-hint" class="hint" data-testid="role-hint">
            {fromPolicy('role')
              ? `Set by your force's policy: ${ROLE_NAMES[e.role]}.`
              : "Supervisor and trainer roles are set by your force's policy, not here."}
          </p>
          <label>
            Officer id (collar or staff number)
            <input
              name="officerId"
              disabled={fromPolicy('officerId')}
              value={e.officerId === 'unset' ? '' : e.officerId}
            />
          </label>
          <fieldset disabled={fromPolicy('services')}>
            <legend>
              Local services named in prompts (national services are used where blank)
            </legend>
            {(
              [
                ['stalkingAdvocacy', 'Stalking advocacy service'],
                ['idva', 'IDVA service'],
                ['perpetratorProgramme', 'Perpetrator programme'],
              ] as const
            ).map(([k, label]) => (
              <div class="service" key={k}>
                <label>
                  {label}: name
                  <input name={`${k}-name`} value={e.services[k]?.name ?? ''} />
                </label>
                <label>
                  phone
                  <input name={`${k}-phone`} value={e.services[k]?.phone ?? ''} />
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit">Save</button>
        </form>
      </section>

      {/* Remounted when the role or the profiles change, so its switches are never stale. */}
      <TrainingSection key={JSON.stringify([e.role, e.profiles.map((p) => [p.id, p.training])])} />

      <section aria-labelledby="policy-h" data-testid="policy-report">
        <h2 id="policy-h">What your force's policy sets</h2>
        <ul>
          {(Object.keys(report.sources) as (keyof SettingsReport['sources'])[]).map((k) => (
            <li key={k} data-setting={k} data-source={report.sources[k]}>
              <strong>{k}</strong>:{' '}
              {report.sources[k] === 'policy'
                ? 'set by policy'
                : report.sources[k] === 'local'
                  ? 'set by you'
                  : 'default'}
            </li>
          ))}
        </ul>
        {report.policyErrors.length > 0 && (
          <>
            <h3>Policy values refused</h3>
            <ul data-testid="policy-errors">
              {report.policyErrors.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </>
        )}
        {e.supportContact && <p>Support: {e.supportContact}</p>}
      </section>

      <nav aria-label="Other Waymark pages">
        <a href="/dashboard.html">Supervisor dashboard</a>
        {e.demoModeAllowed && <a href="/demo.html">Training demo</a>}
      </nav>
    </main>
  );
}
