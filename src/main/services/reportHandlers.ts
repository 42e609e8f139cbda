// Briefing reports: the figures of a period counted for printing, saved reports (listed, reopened,
// duplicated for the next period, regenerated against the store as it is now) and the letterhead.
// Counting reads the aggregates and streams the counted rows once for the stamp, so it runs here
// rather than in the task worker, as the dashboard's figures do.
import { VigilFault } from '../../shared/errors';
import {
  reportDraftSchema,
  type ReportDraft,
  type ReportFigures,
  type ReportQuery,
} from '../../shared/report';
import { CATEGORY_CODES } from '../../shared/taxonomy';
import { getLetterhead, setLetterhead } from '../report/letterhead';
import { nextPeriod } from '../report/nextPeriod';
import { regenerationDiff } from '../report/regenerationDiff';
import { reportFigures } from '../report/reportFigures';
import { deleteReport, getReport, listReports, writeReport } from '../report/reportStore';
import type { Handlers, ServiceDeps } from './handlers';

type ReportHandlers = Pick<
  Handlers,
  | 'report.figures'
  | 'reports.list'
  | 'reports.get'
  | 'reports.save'
  | 'reports.delete'
  | 'reports.duplicate'
  | 'reports.regenerate'
  | 'reports.letterhead'
  | 'reports.setLetterhead'
  | 'report.print'
>;

function queryOf(draft: ReportDraft): ReportQuery {
  return {
    from: draft.from,
    to: draft.to,
    categories: CATEGORY_CODES.filter((code) => draft.categories.includes(code)),
    notableLimit: draft.settings.notableLimit,
  };
}

function sameQuery(a: ReportQuery, b: ReportQuery): boolean {
  const key = (q: ReportQuery): string =>
    JSON.stringify([q.from, q.to, [...q.categories].sort(), q.notableLimit]);
  return key(a) === key(b);
}

export function reportHandlers({ db }: ServiceDeps, clock: () => Date = () => new Date()): ReportHandlers {
  const count = (query: ReportQuery): ReportFigures => reportFigures(db, query, clock);
  const save = (id: number | null, draft: ReportDraft, figures: ReportFigures) => {
    const saved = db
      .transaction(() => writeReport(db, id, draft, figures, clock().toISOString()))
      .immediate();
    return getReport(db, saved);
  };

  return {
    'report.figures': (input) => count(input),

    'reports.list': () => ({ rows: listReports(db) }),

    'reports.get': (input) => getReport(db, input.id),

    'reports.save': (input) => {
      const query = queryOf(input.draft);
      if (input.id === undefined) return save(null, input.draft, count(query));
      const existing = getReport(db, input.id);
      const keep = !input.refresh && sameQuery(existing.figures.query, query);
      return save(input.id, input.draft, keep ? existing.figures : count(query));
    },

    'reports.delete': (input) => ({ deleted: deleteReport(db, input.id) }),

    'reports.duplicate': (input) => {
      const existing = getReport(db, input.id);
      let period;
      try {
        period = nextPeriod({ from: existing.from, to: existing.to }, input.period);
      } catch (err) {
        if (!(err instanceof RangeError)) throw err;
        throw new VigilFault('invalid_input', {
          key: 'report:errors.noNextPeriod',
          params: { reason: err.message },
        });
      }
      // The commentary and an edited summary were about the old period: the copy starts without them.
      const parsed = reportDraftSchema.safeParse({
        title: existing.title,
        from: period.from,
        to: period.to,
        categories: existing.categories,
        marking: existing.marking,
        paper: existing.paper,
        language: existing.language,
        commentary: '',
        summary: null,
        settings: { ...existing.settings, issued: '' },
      });
      if (!parsed.success) {
        throw new VigilFault('invalid_input', {
          key: 'report:errors.nextPeriodInvalid',
          params: { reason: parsed.error.message },
        });
      }
      return save(null, parsed.data, count(queryOf(parsed.data)));
    },

    'reports.regenerate': (input) => {
      const report = getReport(db, input.id);
      const figures = count(queryOf(report));
      return { report, figures, diff: regenerationDiff(report.figures, figures) };
    },

    'reports.letterhead': () => getLetterhead(db),

    'reports.setLetterhead': (input) => setLetterhead(db, input, clock().toISOString()),

    // Only the desktop app's IPC host can print (it replaces this handler with the window's printer);
    // a browser prints the page itself with the same print stylesheet.
    'report.print': () => {
      throw new VigilFault('forbidden', { key: 'report:errors.printDesktopOnly' });
    },
  };
}
