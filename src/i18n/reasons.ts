/**
 * The engine's reasons in the active language, from their ids and parameters
 * (`stalking.reasonIds`). In English this words them exactly as the engine's `reasons` do.
 */
import type { ReasonParam, ReasonRef } from '../core/types';
import type { MessageKey } from './en';
import { listOf, t, tOr } from './runtime';

const str = (p: ReasonParam | undefined): string => (typeof p === 'string' ? p : '');
const num = (p: ReasonParam | undefined): number | null => (typeof p === 'number' ? p : null);
const ids = (p: ReasonParam | undefined): readonly string[] => (Array.isArray(p) ? p : []);

/** " over 3 weeks", " since March", or the narrative's own words. */
function period(params: Record<string, ReasonParam>): string {
  const since = str(params.periodSince);
  if (since) return t('period.since', { text: since });
  const days = num(params.periodDays);
  if (days !== null) return t('period.over', { span: span(days) });
  const text = str(params.periodText);
  if (!text) return '';
  if (/^(?:since|for|over|during|throughout)\b/i.test(text))
    return t('period.text', { text: `${text.charAt(0).toLowerCase()}${text.slice(1)}` });
  return t('period.over', { span: text });
}

/** A length of time in days, weeks, months or years, as the engine rounds it. */
export function span(days: number): string {
  if (days >= 730) return t('period.years', { count: Math.round(days / 365) });
  if (days >= 60) return t('period.months', { count: Math.round(days / 30) });
  if (days >= 14) return t('period.weeks', { count: Math.round(days / 7) });
  if (days === 7) return t('period.weeks', { count: 1 });
  return t('period.days', { count: days });
}

const key = (k: string) => k as MessageKey;

/** A rule's explanation from the active table (`rule.<id>.why`), if it has one. */
const ruleWhy = (ruleId: string): string | undefined => {
  const text = tOr(`rule.${ruleId}.why`, '');
  return text || undefined;
};

/**
 * One reason in the active language. A behaviour's reason uses the rule's own explanation when
 * `explain` gives one (by default the active table's wording of the rule); without it, the
 * behaviour's name. The law line is the table's wording of the rule's, else the pack's own.
 */
export function reasonText(
  r: ReasonRef,
  explain: (ruleId: string) => string | undefined = ruleWhy,
): string {
  const p = r.params;
  switch (r.id) {
    case 'reason.course': {
      const quotes = ids(p.quotes);
      const shown = ids(p.bases).map((b, i) => {
        const q = quotes[i];
        return `${t(key(`basis.${b}`))}${q ? ` ("${q}")` : ''}`;
      });
      return t('reason.course', {
        occasions: num(p.occasions) ?? 0,
        period: period(p),
        shown: shown.length > 0 ? t('reason.course.shown', { list: shown.join('; ') }) : '',
      });
    }
    case 'reason.behaviour': {
      const places = ids(p.places);
      const what = p.places
        ? places.length === 0
          ? t('reason.place.none')
          : t('reason.place', { places: listOf(places.map((id) => t(key(`place.${id}`)))) })
        : (explain(str(p.rule)) ?? t(key(`behaviour.${str(p.behaviour)}`)));
      const law = str(p.law) ? ` (${tOr(`rule.${str(p.rule)}.law`, str(p.law))})` : '';
      const count = num(p.count);
      return count !== null
        ? t('reason.behaviour.counted', { what, count, period: period(p), law })
        : t('reason.behaviour', { what, law });
    }
    case 'reason.four':
      return t('reason.four', {
        list: ids(p.elements)
          .map((f) => t(key(`four.${f}`)))
          .join(', '),
      });
    case 'reason.ceased':
    case 'reason.briefing':
    case 'reason.refuted':
    case 'reason.named':
    case 'reason.unspecified':
      return t(r.id, { quote: str(p.quote) });
    case 'reason.suppressed':
      return t(r.id, { count: num(p.count) ?? 0 });
    case 'reason.judgement': {
      const name = (f: string) => t(key(`feature.${f}`));
      const parts = [
        ids(p.raised).length > 0
          ? t('reason.raised', { list: ids(p.raised).map(name).join(', ') })
          : '',
        ids(p.lowered).length > 0
          ? t('reason.lowered', { list: ids(p.lowered).map(name).join(', ') })
          : '',
      ].filter(Boolean);
      return t(num(p.likely) ? 'reason.judgement' : 'reason.judgement.not', {
        parts: parts.length > 0 ? `: ${parts.join('; ')}` : '',
      });
    }
    default:
      return t(r.id);
  }
}
