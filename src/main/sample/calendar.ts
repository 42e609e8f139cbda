// When sample incidents happen: two full years with exponential growth per category (phishing fastest),
// a weekly rhythm (people report fewer incidents at weekends, honeypots do not care), a yearly one
// (a dip at the Spring Festival, a rise in the autumn) and a few short surges for early warning to find.
//
// Days are drawn by inverse transform of a stratified quantile, (position + u) / rows, so the export is
// ordered by day as consolidated exports are, and the two years' counts follow the model closely even
// for small files. The category is then drawn from that day's mix.

import { cumulative, pickWeighted } from './random';
import type { CategoryProfile, SampleCategory } from './vocabulary';

const DAY_MS = 86_400_000;

/** Relative volume per month, January first. */
const MONTH_FACTOR = [0.93, 0.72, 1.0, 1.04, 1.02, 0.97, 0.94, 0.97, 1.08, 1.13, 1.16, 1.04];
/** Relative volume per weekday as people report, Sunday first (Date#getUTCDay order). */
const WEEKDAY_FACTOR = [0.52, 1.1, 1.14, 1.13, 1.1, 1.02, 0.58];
/** Hours of the day in Beijing time (UTC+8) when people report; machines report around the clock. */
const HUMAN_HOURS_BEIJING = [
  2, 1.5, 1.2, 1, 1, 1.3, 2.2, 3.6, 5.6, 7, 7.4, 7, 5.4, 6.6, 7.4, 7.4, 7, 6, 4.4, 4, 3.8, 3.4, 3, 2.4,
];

interface Surge {
  category: SampleCategory;
  /** 0 for the first year, 1 for the second. */
  year: number;
  month: number;
  day: number;
  days: number;
  factor: number;
}

/** Short waves an alert rule should notice, in the second year where year-on-year has a baseline. */
const SURGES: readonly Surge[] = [
  { category: 'malware', year: 1, month: 5, day: 12, days: 9, factor: 2.6 },
  { category: 'ddos', year: 1, month: 9, day: 20, days: 6, factor: 3.2 },
  { category: 'phishing', year: 1, month: 11, day: 1, days: 14, factor: 2.2 },
  { category: 'defacement', year: 0, month: 7, day: 1, days: 5, factor: 2.5 },
];

const TWO_DIGITS: readonly string[] = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

export class Calendar {
  /** Days covered: startYear and the year after, in full. */
  readonly days: number;
  readonly categories: number;
  /** Per day, `YYYY-MM-DDT`, the start of every occurred_at of that day. */
  readonly dayText: readonly string[];
  /** Per day, its year. */
  readonly dayYear: Int32Array;
  private readonly dayCumulative: Float64Array;
  /** Per day, the cumulative category mix (days × categories). */
  private readonly categoryCumulative: Float64Array;
  /** Per category, cumulative hour weights (categories × 24). */
  private readonly hourCumulative: Float64Array;

  constructor(startYear: number, profiles: readonly CategoryProfile[]) {
    const start = Date.UTC(startYear, 0, 1);
    const firstYearDays = Math.round((Date.UTC(startYear + 1, 0, 1) - start) / DAY_MS);
    this.days = Math.round((Date.UTC(startYear + 2, 0, 1) - start) / DAY_MS);
    this.categories = profiles.length;
    const cats = profiles.length;
    const dayText: string[] = [];
    this.dayYear = new Int32Array(this.days);
    const weights = new Float64Array(this.days * cats);
    const dayWeights: number[] = [];

    const surgeDays = SURGES.map((s) => {
      const first = Math.round((Date.UTC(startYear + s.year, s.month - 1, s.day) - start) / DAY_MS);
      return { index: profiles.findIndex((p) => p.code === s.category), first, last: first + s.days - 1, s };
    });

    for (let d = 0; d < this.days; d++) {
      const date = new Date(start + d * DAY_MS);
      dayText.push(`${date.toISOString().slice(0, 10)}T`);
      this.dayYear[d] = date.getUTCFullYear();
      const month = MONTH_FACTOR[date.getUTCMonth()] ?? 1;
      const weekday = WEEKDAY_FACTOR[date.getUTCDay()] ?? 1;
      // Years from the start: the integral of exp(t ln g) over the second year is g times the first's.
      const t = (d + 0.5) / firstYearDays;
      let total = 0;
      profiles.forEach((p, c) => {
        let w = p.share * Math.exp(t * Math.log(p.growth)) * month * (1 + p.weekly * (weekday - 1));
        for (const surge of surgeDays)
          if (surge.index === c && d >= surge.first && d <= surge.last) w *= surge.s.factor;
        weights[d * cats + c] = w;
        total += w;
      });
      dayWeights.push(total);
      // Per-day cumulative mix, normalized to end at 1.
      let running = 0;
      for (let c = 0; c < cats; c++) {
        running += weights[d * cats + c] as number;
        weights[d * cats + c] = running / total;
      }
      weights[d * cats + cats - 1] = 1;
    }
    this.dayText = dayText;
    this.dayCumulative = cumulative(dayWeights);
    this.categoryCumulative = weights;

    this.hourCumulative = new Float64Array(cats * 24);
    profiles.forEach((p, c) => {
      const hours = cumulative(
        Array.from({ length: 24 }, (_, utcHour) => {
          const human = HUMAN_HOURS_BEIJING[(utcHour + 8) % 24] ?? 1;
          return 1 + p.weekly * (human - 1);
        }),
      );
      this.hourCumulative.set(hours, c * 24);
    });
  }

  /** The day at quantile `q` in [0, 1) of the whole period's volume. */
  day(q: number): number {
    return pickWeighted(this.dayCumulative, q);
  }

  /** A category index for `day`, from a uniform draw `u`. */
  category(day: number, u: number): number {
    const from = day * this.categories;
    return pickWeighted(this.categoryCumulative, u, from, from + this.categories) - from;
  }

  /** An occurred_at in `day` for `category`, from three uniform draws. */
  time(day: number, category: number, uHour: number, uMinute: number, uSecond: number): string {
    const from = category * 24;
    const hour = pickWeighted(this.hourCumulative, uHour, from, from + 24) - from;
    return `${this.dayText[day] ?? ''}${TWO_DIGITS[hour] ?? '00'}:${TWO_DIGITS[Math.floor(uMinute * 60)] ?? '00'}:${TWO_DIGITS[Math.floor(uSecond * 60)] ?? '00'}Z`;
  }
}
