import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send, MessageError } from '../messaging/client';
import type { SettingsReport } from '../config/settings';
import {
  LANGUAGES,
  type Language,
  type LocalSettings,
  type Role,
  type Services,
} from '../config/schema';
import type { SiteProfile } from '../adapters/profile';
import { parseProfileDraft, type ProfileDraft } from './profile-form';
import { TrainingSection } from './TrainingSection';
import { t } from '../i18n/runtime';
import { refusalText } from '../i18n/refusal';
import { TABLES, useLanguage } from '../i18n/tables';
import { chooseLanguage, uiLanguage } from '../i18n/language';

const roleName = (role: Role): string => t(`panel.role.${role}`);

const EMPTY_DRAFT: ProfileDraft = { id: '', name: '', matches: '', fields: '' };

/** Local layer as stored: the hand-added profiles and the officer's own values (never policy's). */
function localFrom(report: SettingsReport): LocalSettings {
  const e = report.effective;
  return {
    siteProfiles: e.profiles.filter((p) => p.source === 'local').map(({ source: _s, ...p }) => p),
    ...(report.sources.role === 'local' ? { role: e.role } : {}),
    ...(report.sources.officerId === 'local' ? { officerId: e.officerId } : {}),
    ...(report.sources.services === 'local' ? { services: e.services } : {}),
    ...(report.sources.language === 'local' && e.language ? { language: e.language } : {}),
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
      useLanguage(chooseLanguage(r.effective.language, uiLanguage()));
      setReport(r);
      const patterns = r.effective.profiles.flatMap((p) => p.matches);
      const entries = await Promise.all(
        patterns.map(
          async (m) => [m, await browser.permissions.contains({ origins: [m] })] as const,
        ),
      );
      setGranted(Object.fromEntries(entries));
    } catch (err) {
      setErrors([t('options.readFailed', { error: (err as Error).message })]);
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
        <h1>{t('options.title')}</h1>
        <p role="status">{errors[0] ?? t('options.loading')}</p>
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
      setErrors([t('options.idTaken', { id: parsed.profile.id })]);
      return;
    }
    // Ask for exactly these origins now, while we still have the officer's click (user gesture).
    const ok = await browser.permissions.request({ origins: parsed.profile.matches });
    if (!ok) {
      setErrors([t('options.notGranted', { matches: parsed.profile.matches.join(', ') })]);
      return;
    }
    await save(
      { ...local, siteProfiles: [...local.siteProfiles, parsed.profile] },
      t('options.added', { name: parsed.profile.name }),
    );
    setDraft(EMPTY_DRAFT);
  };

  const removeProfile = (p: SiteProfile) =>
    save(
      { ...local, siteProfiles: local.siteProfiles.filter((x) => x.id !== p.id) },
      t('options.removed', { name: p.name }),
    );

  const grant = async (p: SiteProfile) => {
    const ok = await browser.permissions.request({ origins: p.matches });
    setStatus(t(ok ? 'options.granted' : 'options.grantRefused', { name: p.name }));
    await load();
  };

  const saveIdentity = (ev: Event) => {
    ev.preventDefault();
    const form = new FormData(ev.currentTarget as HTMLFormElement);
    const role = form.get('role') as Role | null;
    const officerId = String(form.get('officerId') ?? '').trim();
    const language = String(form.get('language') ?? '');
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
        ...(report.sources.language !== 'policy' &&
        (LANGUAGES as readonly string[]).includes(language)
          ? { language: language as Language }
          : {}),
      },
      t('options.saved'),
    );
  };

  const fromPolicy = (k: keyof SettingsReport['sources']) => report.sources[k] === 'policy';

  return (
    <main>
      <h1>{t('options.title')}</h1>
      <p class="lede">{t('options.lede')}</p>
      <div role="status" aria-live="polite" class="status">
        {status}
      </div>
      {errors.length > 0 && (
        <div role="alert" class="errors" data-testid="options-errors">
          <p>{t('options.notSaved')}</p>
          <ul>
            {errors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}

      <section aria-labelledby="profiles-h">
        <h2 id="profiles-h">{t('options.where')}</h2>
        <table data-testid="profiles">
          <caption>{t('options.profiles')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('options.name')}</th>
              <th scope="col">{t('options.addresses')}</th>
              <th scope="col">{t('options.setBy')}</th>
              <th scope="col">{t('options.status')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('options.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {e.profiles.length === 0 && (
              <tr>
                <td colSpan={5}>{t('options.noProfiles')}</td>
              </tr>
            )}
            {e.profiles.map((p) => {
              const missing = p.matches.filter((m) => granted[m] === false);
              return (
                <tr key={p.id} data-profile={p.id}>
                  <th scope="row">
                    {p.name}
                    {p.training ? t('options.trainingEnv') : ''}
                  </th>
                  <td>
                    <code>{p.matches.join(' ')}</code>
                  </td>
                  <td>{t(p.source === 'policy' ? 'options.byPolicy' : 'options.byYou')}</td>
                  <td>
                    {missing.length === 0 ? (
                      t('options.active')
                    ) : (
                      <>
                        {t('options.waiting', { matches: missing.join(', ') })}{' '}
                        <button type="button" onClick={() => void grant(p)}>
                          {t('options.grant')}
                        </button>
                      </>
                    )}
                  </td>
                  <td>
                    {p.source === 'local' && (
                      <button
                        type="button"
                        onClick={() => void removeProfile(p)}
                        aria-label={t('options.remove.label', { name: p.name })}
                      >
                        {t('options.remove')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>

        {e.disableUserProfiles ? (
          <p>{t('options.policyProfiles')}</p>
        ) : (
          <form onSubmit={(ev) => void addProfile(ev)} data-testid="add-profile">
            <h3>{t('options.add')}</h3>
            <label>
              {t('options.id')}
              <input
                name="id"
                required
                value={draft.id}
                onInput={(ev) => setDraft({ ...draft, id: ev.currentTarget.value })}
              />
            </label>
            <label>
              {t('options.name')}
              <input
                name="name"
                required
                value={draft.name}
                onInput={(ev) => setDraft({ ...draft, name: ev.currentTarget.value })}
              />
            </label>
            <label>
              {t('options.matches')}
              <textarea
                name="matches"
                rows={2}
                required
                value={draft.matches}
                onInput={(ev) => setDraft({ ...draft, matches: ev.currentTarget.value })}
              />
            </label>
            <label>
              {t('options.fields')}
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
              {t('options.training')}
            </label>
            <button type="submit">{t('options.addSubmit')}</button>
          </form>
        )}
      </section>

      <section aria-labelledby="you-h">
        <h2 id="you-h">{t('options.you')}</h2>
        <form onSubmit={saveIdentity} data-testid="identity">
          <label>
            {t('options.role')}
            <select
              name="role"
              disabled={fromPolicy('role')}
              value={e.role}
              aria-describedby="role-hint"
            >
              {fromPolicy('role') ? (
                <option value={e.role}>{roleName(e.role)}</option>
              ) : (
                <option value="officer">{roleName('officer')}</option>
              )}
            </select>
          </label>
          <p id="role-hint" class="hint" data-testid="role-hint">
            {fromPolicy('role')
              ? t('options.rolePolicy', { role: roleName(e.role) })
              : t('options.roleHint')}
          </p>
          <label>
            {t('options.officerId')}
            <input
              name="officerId"
              disabled={fromPolicy('officerId')}
              value={e.officerId === 'unset' ? '' : e.officerId}
            />
          </label>
          <label>
            {t('options.language')}
            <select
              name="language"
              data-testid="language"
              disabled={fromPolicy('language')}
              value={e.language ?? ''}
            >
              <option value="">{t('options.language.browser')}</option>
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {TABLES[l]['lang.name']}
                </option>
              ))}
            </select>
          </label>
          {fromPolicy('language') && <p class="hint">{t('options.languagePolicy')}</p>}
          <fieldset disabled={fromPolicy('services')}>
            <legend>{t('options.services')}</legend>
            {(
              [
                ['stalkingAdvocacy', t('options.service.stalkingAdvocacy')],
                ['idva', t('options.service.idva')],
                ['perpetratorProgramme', t('options.service.perpetratorProgramme')],
              ] as const
            ).map(([k, label]) => (
              <div class="service" key={k}>
                <label>
                  {t('options.service.name', { label })}
                  <input name={`${k}-name`} value={e.services[k]?.name ?? ''} />
                </label>
                <label>
                  {t('options.service.phone')}
                  <input name={`${k}-phone`} value={e.services[k]?.phone ?? ''} />
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit">{t('options.save')}</button>
        </form>
      </section>

      {/* Remounted when the role or the profiles change, so its switches are never stale. */}
      <TrainingSection key={JSON.stringify([e.role, e.profiles.map((p) => [p.id, p.training])])} />

      <section aria-labelledby="policy-h" data-testid="policy-report">
        <h2 id="policy-h">{t('options.policy')}</h2>
        <ul>
          {(Object.keys(report.sources) as (keyof SettingsReport['sources'])[]).map((k) => (
            <li key={k} data-setting={k} data-source={report.sources[k]}>
              <strong>{k}</strong>:{' '}
              {report.sources[k] === 'policy'
                ? t('options.source.policy')
                : report.sources[k] === 'local'
                  ? t('options.source.local')
                  : t('options.source.default')}
            </li>
          ))}
        </ul>
        {report.policyRefusals.length > 0 && (
          <>
            <h3>{t('options.refused')}</h3>
            <ul data-testid="policy-errors">
              {report.policyRefusals.map((r, i) => (
                <li key={i}>{refusalText(r)}</li>
              ))}
            </ul>
          </>
        )}
        {e.supportContact && <p>{t('options.support', { contact: e.supportContact })}</p>}
      </section>

      <nav aria-label={t('options.nav')}>
        <a href="/dashboard.html">{t('options.dashboard')}</a>
        {e.demoModeAllowed && <a href="/demo.html">{t('options.demo')}</a>}
      </nav>
    </main>
  );
}
