// A report's summary in English, written from its facts: "Between 1 January and 30 June 2016, 12,480
// incidents were recorded, up 37.2% on the same period of 2015; phishing grew fastest, +81.3%; malware
// infection was the largest category, with 4,210 incidents (33.7%)."
import { ymd, type Period } from '../../shared/period';
import { ENGLISH_MONTHS } from '../../shared/periodText';
import { CATEGORIES, type CategoryCode } from '../../shared/taxonomy';
import type { SummaryFacts } from './summaryFacts';

const count = new Intl.NumberFormat('en-US');

function day(date: string, withYear: boolean): string {
  const { year, month, day: d } = ymd(date);
  return `${String(d)} ${ENGLISH_MONTHS[month - 1] ?? ''}${withYear ? ` ${String(year)}` : ''}`;
}

/** "Between 1 January and 30 June 2016", "On 3 March 2016". */
function when(period: Period): string {
  if (period.from === period.to) return `On ${day(period.to, true)}`;
  const sameYear = period.from.slice(0, 4) === period.to.slice(0, 4);
  return `Between ${day(period.from, !sameYear)} and ${day(period.to, true)}`;
}

function samePeriod(comparison: Period): string {
  const year = comparison.from.slice(0, 4);
  return year === comparison.to.slice(0, 4) ? `the same period of ${year}` : 'the same dates a year earlier';
}

/** A category's name inside a sentence: "phishing", "botnet C2 / malware hosting". */
export function categoryInSentence(code: CategoryCode): string {
  const name = CATEGORIES[code].en;
  // Lower the capital of a plain word only: "C2" and "DDoS" keep theirs.
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

function incidents(n: number, scope: readonly CategoryCode[]): string {
  const what =
    scope.length === 1 && scope[0] !== undefined ? `${categoryInSentence(scope[0])} incident` : 'incident';
  const noun = `${what}${n === 1 ? '' : 's'}`;
  const where =
    scope.length > 1 ? ` in the categories reported (${scope.map(categoryInSentence).join(', ')})` : '';
  return `${count.format(n)} ${noun}${where}`;
}

const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function pct(value: number): string {
  return `${oneDecimal.format(Math.abs(value))}%`;
}

export function summaryEnglish(f: SummaryFacts): string {
  const compared = samePeriod(f.comparison);
  if (f.total === 0) {
    const against = f.previous > 0 ? `, against ${count.format(f.previous)} in ${compared}` : '';
    return `${when(f.period)}, no ${incidents(0, f.scope).replace(/^0 /, '')} were recorded${against}.`;
  }
  const verb = f.total === 1 ? 'was' : 'were';
  let change: string;
  if (f.yoyPct === null) change = `, against none in ${compared} (change n/a)`;
  else if (f.yoyPct === 0) change = `, level with ${compared}`;
  else change = `, ${f.yoyPct > 0 ? 'up' : 'down'} ${pct(f.yoyPct)} on ${compared}`;
  const clauses = [`${when(f.period)}, ${incidents(f.total, f.scope)} ${verb} recorded${change}`];
  const largest =
    f.largest === null
      ? null
      : `the largest category, with ${count.format(f.largest.count)} incident${f.largest.count === 1 ? '' : 's'} (${oneDecimal.format(f.largest.share * 100)}%)`;
  if (f.fastest !== null && f.fastest.yoyPct !== null) {
    const grew = `${categoryInSentence(f.fastest.code)} grew fastest, +${pct(f.fastest.yoyPct)}`;
    clauses.push(
      f.largest?.code === f.fastest.code && largest !== null ? `${grew}, and was ${largest}` : grew,
    );
  }
  if (f.largest !== null && largest !== null && f.largest.code !== f.fastest?.code) {
    clauses.push(`${categoryInSentence(f.largest.code)} was ${largest}`);
  }
  return `${clauses.join('; ')}.`;
}
