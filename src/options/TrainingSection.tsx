import { useEffect, useState } from 'preact/hooks';
import { MessageError, send } from '../messaging/client';
import type { AuditEvent } from '../audit/schema';
import { t } from '../i18n/runtime';
import { refusalText } from '../i18n/refusal';
import type { DemoProfileStatus } from '../messaging/protocol';

const when = (at: number) =>
  new Date(at).toLocaleString('en-GB', { dateStyle: 'short', timeStyle: 'medium' });

/**
 * For trainers: the demo switch of each training environment, and the training log (what demo
 * mode recorded, kept apart from the real audit log). Profiles that are not training
 * environments never get a switch; the background decides what is allowed and says why not.
 */
export function TrainingSection() {
  const [profiles, setProfiles] = useState<DemoProfileStatus[]>([]);
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  const load = async () => {
    try {
      const r = await send('demo/get', {});
      setProfiles(r.profiles);
      setEvents(r.events);
    } catch (err) {
      setError(t('training.readFailed', { error: (err as Error).message }));
    }
  };
  useEffect(() => {
    void load();
  }, []);

  const toggle = async (p: DemoProfileStatus, on: boolean) => {
    try {
      const r = await send('demo/set', { profileId: p.id, on });
      setProfiles(r.profiles);
      setError('');
      setStatus(t(on ? 'training.on' : 'training.off', { name: p.name }));
    } catch (err) {
      setError(err instanceof MessageError ? err.message : String(err));
    }
  };

  if (profiles.length === 0) return null;
  return (
    <section aria-labelledby="training-h" data-testid="training">
      <h2 id="training-h">{t('training.title')}</h2>
      <p>{t('training.lede')}</p>
      <ul>
        {profiles.map((p) => (
          <li key={p.id} data-training-profile={p.id}>
            {p.refusal ? (
              <span>
                {t('training.refused', { name: p.name, refusal: refusalText(p.refusal) })}
              </span>
            ) : (
              <label>
                <input
                  type="checkbox"
                  role="switch"
                  checked={p.on}
                  onChange={(e) => void toggle(p, (e.target as HTMLInputElement).checked)}
                />{' '}
                {t('training.switch', { name: p.name })}
              </label>
            )}
          </li>
        ))}
      </ul>
      <div role="status" aria-live="polite">
        {status}
      </div>
      {error && <p role="alert">{error}</p>}
      <h3 id="training-log-h">{t('training.log')}</h3>
      <p>
        {t('training.events', { count: events.length })}{' '}
        <button type="button" onClick={() => void load()}>
          {t('training.refresh')}
        </button>
      </p>
      {events.length > 0 && (
        <table aria-labelledby="training-log-h" data-testid="training-log">
          <thead>
            <tr>
              <th scope="col">{t('training.time')}</th>
              <th scope="col">{t('training.record')}</th>
              <th scope="col">{t('training.event')}</th>
              <th scope="col">{t('training.prompt')}</th>
              <th scope="col">{t('training.state')}</th>
            </tr>
          </thead>
          <tbody>
            {events
              .slice()
              .reverse()
              .map((e) => (
                <tr key={e.seq} data-kind={e.kind} data-demo={String(e.demo)}>
                  <td>{when(e.at)}</td>
                  <td>{e.recordRef ?? t('training.none')}</td>
                  <td>{e.kind}</td>
                  <td>{'promptId' in e ? e.promptId : ''}</td>
                  <td>{'state' in e ? e.state : ''}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
