/**
 * Sample officers' audit logs with real hash chains, for tests, the e2e team view and the
 * dashboard benchmark. Deterministic (a seeded generator), so figures can be compared run to run.
 * No narrative anywhere: audit events never carry any.
 */
import { buildEvent, exportJson, type AppendContext } from '../audit/store';
import type { AuditEvent, AuditEventInput } from '../audit/schema';
import { mulberry32 } from './seeded-random';

const H = 3_600_000;
const D = 24 * H;

const REASONS = [
  'Victim declined',
  'Already done by the response team',
  'Suspect in custody',
  'Not a stalking case on review',
];

export interface SampleOptions {
  officerId: string;
  /** Crime references this officer works on. */
  records: string[];
  /** Roughly how many events per record (at least 6). */
  eventsPerRecord?: number;
  start: number;
  seed?: number;
}

/** The inputs and times of one officer's log, in order (no hashing yet). */
export function sampleInputs(
  o: SampleOptions,
): { input: AuditEventInput; at: number; ref: string }[] {
  const rnd = mulberry32(o.seed ?? 1);
  const per = Math.max(6, o.eventsPerRecord ?? 12);
  const out: { input: AuditEventInput; at: number; ref: string }[] = [];
  o.records.forEach((ref, i) => {
    let at = o.start + i * 7 * H + Math.floor(rnd() * H);
    const likely = rnd() < 0.7;
    const push = (input: AuditEventInput, step = 60_000) => {
      at += step;
      out.push({ input, at, ref });
    };
    push({
      kind: 'indicators',
      behaviours: [{ id: 'repeated_contact', count: 3 + Math.floor(rnd() * 5) }],
      stalkingLikely: likely,
      score: likely ? 0.8 : 0.3,
    });
    for (const id of ['spo', 'risk_screening', 'vna'] as const) {
      push({ kind: 'prompt_shown', promptId: id, state: 'open' });
    }
    push({ kind: 'prompt_shown', promptId: 'vna.support_referral', state: 'open' });
    let n = 5;
    while (n < per) {
      const roll = rnd();
      if (roll < 0.35) {
        push({ kind: 'prompt_state', promptId: 'spo', state: 'done', automatic: true });
      } else if (roll < 0.5) {
        push({
          kind: 'prompt_state',
          promptId: 'spo',
          state: 'not_applicable',
          reason: REASONS[Math.floor(rnd() * REASONS.length)]!,
          automatic: false,
        });
      } else if (roll < 0.75) {
        push(
          {
            kind: 'prompt_state',
            promptId: 'vna.support_referral',
            state: 'done',
            automatic: false,
          },
          Math.floor(rnd() * 4 * D),
        );
      } else {
        push({ kind: 'prompt_state', promptId: 'risk_screening', state: 'done', automatic: true });
      }
      n++;
    }
  });
  return out;
}

/** One officer's log as stored: a real hash chain from seq 0. */
export async function sampleLog(o: SampleOptions): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  let head: { lastSeq: number; lastHash: string } | undefined;
  let n = 0;
  for (const { input, at, ref } of sampleInputs(o)) {
    const ctx: AppendContext = {
      recordRef: ref,
      profileId: 'force-rms',
      origin: 'https://rms.example.police.uk',
      officerId: o.officerId,
      demo: false,
      now: at,
    };
    const e = await buildEvent(input, ctx, head, `${o.officerId}-${n++}`);
    events.push(e);
    head = { lastSeq: e.seq, lastHash: e.hash };
  }
  return events;
}

/** One officer's JSON export (format v2, chain anchored), as the dashboard would save it. */
export async function sampleExport(o: SampleOptions): Promise<string> {
  const events = await sampleLog(o);
  return exportJson(events, new Date(events.at(-1)!.at + H));
}
