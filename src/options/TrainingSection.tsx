import { useEffect, useState } from 'preact/hooks';
import { MessageError, send } from '../messaging/client';
import type { AuditEvent } from '../audit/schema';
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
      setError(`Could not read the training settings: ${(err as Error).message}`);
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
      setStatus(
        `Demo mode is ${on ? 'on' : 'off'} for ${p.name}. Reload its open pages: a page keeps the log it started with.`,
      );
    } catch (err) {
      setError(err instanceof MessageError ? err.message : String(err));
    }
  };

  if (profiles.length === 0) return null;
  return (
    <section aria-labelledby="training-h" data-testid="training">
      <h2 id="training-h">Training environments</h2>
      <p>
        In demo mode, what you and your trainees do on a training environment goes to the training
        log below, never to the real audit log, and Waymark's panel says so.
      </p>
      <ul>
        {profiles.map((p) => (
          <li key={p.id} data-training-profile={p.id}>
            {p.refusal ? (
              <span>
                {p.name}: demo mode is not available ({p.refusal}).
              </span>
            ) : (
              <label>
                <input
                  type="checkbox"
                  role="switch"
                  checked={p.on}
                  onChange={(e) => void toggle(p, (e.target as HTMLInputElement).checked)}
                />{' '}
                Demo mode on {p.name}
              </label>
            )}
          </li>
        ))}
      </ul>
      <div role="status" aria-live="polite">
        {status}
      </div>
      {error && <p role="alert">{error}</p>}
      <h3 id="training-log-h">Training log</h3>
      <p>
        {events.length} {events.length === 1 ? 'event' : 'events'}, all marked demo.{' '}
        <button type="button" onClick={() => void load()}>
          Refresh
        </button>
      </p>
      {events.length > 0 && (
        <table aria-labelledby="training-log-h" data-testid="training-log">
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Record</th>
              <th scope="col">Event</th>
              <th scope="col">Prompt</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {events
              .slice()
              .reverse()
              .map((e) => (
                <tr key={e.seq} data-kind={e.kind} data-demo={String(e.demo)}>
                  <td>{when(e.at)}</td>
                  <td>{e.recordRef ?? 'none'}</td>
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
