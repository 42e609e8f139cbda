// One sentence per alert, as an analyst would say it: "phishing: 412 incidents in the 7 days to
// 30 Sep 2016, 2.3x the 8-week average of 180 ± 25". Made here as a catalog message of plain figures
// and dates, so each reader writes it in their own language (shared/alertText.ts); the English text
// stored and printed beside it is that message written in English.
import type { RuleScope } from '../../shared/alerts';
import { alertText, scopeParams, type CountSentence } from '../../shared/alertText';
import type { Message, MessageParams } from '../../shared/i18n/message';
import type { IsoDate } from '../../shared/period';
import type { Reason, Verdict } from './verdict';

/** The days a watchlist's matches are about: a rule's window, or the days newly stored ones occurred. */
export type WatchWhen = { days: number; windowEnd: IsoDate } | { from: IsoDate; to: IsoDate };

function because(reason: Reason): { sentence: CountSentence; params: MessageParams } {
  switch (reason.kind) {
    case 'threshold':
      return { sentence: 'threshold', params: { atLeast: reason.atLeast } };
    case 'surge': {
      const params = { windows: reason.windows, mean: reason.mean };
      if (reason.test === 'poisson') {
        return { sentence: 'surgePoisson', params: { ...params, pValue: reason.pValue ?? 1 } };
      }
      // The ratio is written from the count and the mean; a mean of 0 has none to write.
      const sentence = reason.mean > 0 ? 'surge' : 'surgeFlat';
      return { sentence, params: { ...params, sigma: reason.sigma } };
    }
    case 'yoy':
      if (reason.pct === null) return { sentence: 'yoyNone', params: {} };
      return {
        sentence: reason.pct >= 0 ? 'yoyUp' : 'yoyDown',
        params: { pct: reason.pct, previous: reason.previous },
      };
    case 'trend': {
      const params = { windows: reason.windows, slope: reason.slope };
      if (reason.crossesIn === null) {
        return { sentence: reason.slope >= 0 ? 'trendRising' : 'trendFalling', params };
      }
      return {
        sentence: 'trendPace',
        params: { ...params, threshold: reason.threshold, crossesIn: reason.crossesIn },
      };
    }
    case 'no_history':
      return { sentence: 'noHistory', params: { since: reason.since } };
  }
}

/** The explanation of a count rule's verdict on its scope, over windows of `days` days. */
export function verdictMessage(scope: RuleScope, verdict: Verdict, days: number): Message {
  const { sentence, params } = because(verdict.reason);
  return {
    key: `alerts:sentence.${sentence}`,
    params: {
      ...scopeParams(scope),
      count: verdict.count,
      days,
      windowEnd: verdict.window.to,
      ...params,
    },
  };
}

/** The verdict's sentence in English. */
export function explainVerdict(scope: RuleScope, verdict: Verdict, days: number): string {
  return alertText(verdictMessage(scope, verdict, days), 'en');
}

/** The explanation of a watched term's matches: ".gov.cn: 3 incidents in the 7 days to … match (…)". */
export function matchesMessage(
  term: string,
  count: number,
  when: WatchWhen,
  examples: readonly string[],
): Message {
  return {
    key: 'alerts:sentence.watch',
    params: { term, count, ...when, examples: JSON.stringify(examples) },
  };
}

/** A watchlist's explanation once the matches it found before are added: "…; 3 found before". */
export function withFoundBefore(message: Message, before: number): Message {
  return { key: message.key, params: { ...message.params, before } };
}
