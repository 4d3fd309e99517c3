/**
 * The CLI's readable report: the narrative with the evidence marked in place, then the judgement,
 * chronology, FOUR, relationship, risk, s4A and what was set aside. Pure (string in, string out),
 * so it is tested without spawning a process.
 */
import type { Analysis, Evidence } from '../../src/core/types';

export interface ReportOptions {
  /** Use ANSI colour for the marks (only when writing to a terminal). */
  colour?: boolean;
  /** Heading, e.g. the file name. */
  title?: string;
}

interface Mark {
  start: number;
  end: number;
  n: number;
}

/**
 * Mark evidence spans in `text` as `[[span]]¹` (or coloured when `colour`). Overlapping spans
 * keep the earliest-starting, longest one; the others still appear in the legend.
 */
export function markText(text: string, spans: readonly Mark[], colour = false): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mark[] = [];
  let last = -1;
  for (const m of sorted) {
    if (m.start >= last && m.end <= text.length && m.start < m.end) {
      kept.push(m);
      last = m.end;
    }
  }
  let out = '';
  let pos = 0;
  for (const m of kept) {
    out += text.slice(pos, m.start);
    const inner = text.slice(m.start, m.end);
    out += colour ? `\x1b[1;4;33m${inner}\x1b[0m\x1b[2m[${m.n}]\x1b[0m` : `[[${inner}]]${m.n}`;
    pos = m.end;
  }
  return out + text.slice(pos);
}

const yesNo = (b: boolean): string => (b ? 'yes' : 'no');

/** The full readable report for one analysed text. */
export function formatReport(text: string, a: Analysis, opts: ReportOptions = {}): string {
  const lines: string[] = [];
  if (opts.title) lines.push(`== ${opts.title} ==`);
  const s = a.stalking;
  lines.push(
    `Stalking likely: ${yesNo(s.likely).toUpperCase()}  (score ${s.score.toFixed(2)}; pack ${a.pack})`,
  );
  const occ = s.occasions === null ? 'none counted' : String(s.occasions);
  lines.push(
    `Occasions: ${occ}${s.period ? `; period: ${s.period.text}${s.period.days !== null ? ` (${s.period.days} days)` : ''}` : ''}; course of conduct: ${yesNo(s.courseOfConduct)}`,
  );
  for (const r of s.reasons) lines.push(`  - ${r}`);

  // Number the behaviours and risks; every span of one finding carries its number.
  const marks: Mark[] = [];
  const legend: string[] = [];
  let n = 0;
  const add = (label: string, law: string, evidence: readonly Evidence[]): void => {
    n++;
    for (const e of evidence) marks.push({ start: e.start, end: e.end, n });
    legend.push(
      `  [${n}] ${label}${law ? ` (${law})` : ''}: ${evidence.map((e) => `"${e.text}"`).join(', ')}`,
    );
  };
  for (const b of a.behaviours) add(b.label, b.law, b.evidence);
  for (const r of a.risk) add(`Risk: ${r.label}`, '', r.evidence);
  lines.push('');
  lines.push('Text (evidence marked):');
  lines.push(markText(text, marks, opts.colour));
  lines.push('');
  lines.push(legend.length > 0 ? 'Findings:' : 'Findings: none');
  lines.push(...legend);

  if (a.chronology.length > 0) {
    lines.push('');
    lines.push('Chronology:');
    for (const o of a.chronology) {
      const when = o.when ?? '(no date given)';
      const count = o.count > 1 ? ` x${o.count}` : '';
      lines.push(`  ${when}${o.date ? ` [${o.date}]` : ''}${count}: ${o.behaviours.join(', ')}`);
    }
  }
  lines.push('');
  const four = (['fixated', 'obsessive', 'unwanted', 'repeated'] as const)
    .map((f) => `${f} ${yesNo(s.four[f])}`)
    .join(', ');
  lines.push(`FOUR: ${four}`);
  lines.push(`Relationship: ${a.relationship}${a.domestic ? ' (domestic)' : ''}`);
  lines.push(
    `s4A: ${a.s4a.indicated ? 'indicated' : 'not indicated'} (fear of violence on ${a.s4a.fearOfViolenceOccasions} occasion(s); serious alarm or distress: ${yesNo(a.s4a.seriousAlarmDistress)})`,
  );
  if (a.suppressed.length > 0) {
    lines.push('');
    lines.push('Set aside:');
    for (const x of a.suppressed) {
      const why = x.reason === 'other_actor' ? `someone else's act (${x.actor})` : x.reason;
      lines.push(`  - ${x.id} "${x.evidence.text}": ${why}${x.cue ? `, cue "${x.cue.text}"` : ''}`);
    }
  }
  return lines.join('\n');
}
