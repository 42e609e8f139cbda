// `vigil report`: the briefing report of a period as a PDF, printed by a local headless Chromium from
// the same page the window shows. The HTTP host runs in this process on 127.0.0.1 (a random port and
// token) for the time of one print, and the page is counted from the store like any other call.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VigilFault } from '../../shared/errors';
import type { Language } from '../../shared/i18n/languages';
import type { IsoDate } from '../../shared/period';
import { periodText } from '../../shared/periodText';
import {
  DEFAULT_MARKING,
  markingSchema,
  PAPERS,
  reportQuerySchema,
  type Paper,
  type ReportFigures,
} from '../../shared/report';
import { CATEGORY_CODES, type CategoryCode } from '../../shared/taxonomy';
import { EventStream } from '../http/eventStream';
import { startHttpHost } from '../http/server';
import { Uploads } from '../http/uploads';
import { findChromium, pdfPageCount, printPdf } from '../report/chromiumPdf';
import type { Handlers } from '../services/handlers';
import { createRuntime } from '../services/runtime';
import { notOneOf } from './args';
import type { CliIo } from './io';
import type { RunLanguage } from './language';
import { categoryCodes, requireStore, requiredDate } from './optionChecks';

export interface ReportOptions {
  storePath: string;
  json: boolean;
  from: string | undefined;
  to: string | undefined;
  categories: string[];
  marking: string | undefined;
  paper: string | undefined;
  out: string | undefined;
  /** The report is written in the run's language (--lang, else Settings, else the system's). */
  language: RunLanguage;
  env?: NodeJS.ProcessEnv;
}

interface ReportRequest {
  from: IsoDate;
  to: IsoDate;
  categories: CategoryCode[];
  marking: string;
  paper: Paper;
  out: string;
}

export async function reportCommand(options: ReportOptions, io: CliIo): Promise<number> {
  const request = reportRequest(options);
  // Both checked before anything starts: a missing Chromium or store is a clear message, not a hang.
  const chromium = findChromium(options.env);
  requireStore(options.storePath);
  const runtime = createRuntime({ storePath: options.storePath, imports: 'inline', emit: () => undefined });
  options.language.adoptStore(runtime.db);
  const lang = options.language.language;
  // The figures the page was given: proof it was counted before it printed, and the total to tell.
  const counted: { figures: ReportFigures | null } = { figures: null };
  const handlers: Handlers = {
    ...runtime.handlers,
    'report.figures': async (input, context) => {
      const figures = await runtime.handlers['report.figures'](input, context);
      if (figures.query.from === request.from && figures.query.to === request.to) counted.figures = figures;
      return figures;
    },
  };
  const events = new EventStream();
  const uploads = new Uploads();
  let pdf: Buffer;
  try {
    const host = await startHttpHost({
      handlers,
      events,
      uploads,
      rendererDir: join(__dirname, '..', 'renderer'),
      port: 0,
    });
    try {
      pdf = await printPdf({ chromium, url: `${host.url}${reportHash(request, lang)}` });
    } finally {
      await host.close();
    }
  } finally {
    uploads.dispose();
    runtime.close();
  }
  const figures = counted.figures;
  if (figures === null) {
    throw new VigilFault('internal', { key: 'errors:cli.reportNotCounted' });
  }
  try {
    writeFileSync(request.out, pdf);
  } catch (err) {
    throw new VigilFault('file_unreadable', {
      key: 'errors:cli.cannotWrite',
      params: { file: request.out, reason: (err as Error).message },
    });
  }
  const pages = pdfPageCount(pdf);
  const total = figures.headline.total;
  if (options.json) {
    io.stdout(
      `${JSON.stringify({ path: request.out, pages, total, from: request.from, to: request.to, marking: request.marking, paper: request.paper, lang })}\n`,
    );
  } else {
    const written = options.language.t('cli:report.written', {
      file: request.out,
      count: pages,
      total,
      period: periodText(request, lang),
      marking: request.marking,
    });
    io.stdout(`${written}\n`);
  }
  return 0;
}

/** The report's address in the page, as the window writes it (#/report?from=...&to=...). */
function reportHash(r: ReportRequest, lang: Language): string {
  const query = [`from=${r.from}`, `to=${r.to}`];
  if (r.categories.length > 0) query.push(`category=${r.categories.join(',')}`);
  query.push(`marking=${encodeURIComponent(r.marking)}`);
  if (r.paper !== 'a4') query.push(`paper=${r.paper}`);
  query.push(`lang=${lang}`);
  return `#/report?${query.join('&')}`;
}

/** The options checked one by one, each fault naming the option that is wrong. */
function reportRequest(options: ReportOptions): ReportRequest {
  const from = requiredDate(options.from, '--from');
  const to = requiredDate(options.to, '--to');
  const wanted = new Set<string>(
    categoryCodes(options.categories.flatMap((c) => c.split(',')).map((c) => c.trim())),
  );
  const categories = CATEGORY_CODES.filter((c) => wanted.has(c));
  const period = reportQuerySchema.safeParse({ from, to, categories });
  if (!period.success) {
    const reason = period.error.issues[0]?.message;
    throw new VigilFault(
      'invalid_input',
      reason === undefined
        ? { key: 'errors:option.notAPeriod' }
        : { key: 'errors:option.invalid', params: { option: '--from/--to', reason } },
    );
  }
  const marking = markingSchema.safeParse(options.marking ?? DEFAULT_MARKING);
  if (!marking.success) {
    const reason = marking.error.issues[0]?.message;
    throw new VigilFault(
      'invalid_input',
      reason === undefined
        ? { key: 'errors:option.notAMarking' }
        : { key: 'errors:option.invalid', params: { option: '--marking', reason } },
    );
  }
  const paper = options.paper ?? 'a4';
  if (!(PAPERS as readonly string[]).includes(paper)) throw notOneOf('--paper', paper, PAPERS.join(', '));
  if (options.out === undefined || options.out.trim() === '') {
    throw new VigilFault('invalid_input', { key: 'errors:option.reportOut' });
  }
  return {
    from,
    to,
    categories,
    marking: marking.data,
    paper: paper as Paper,
    out: options.out,
  };
}
