// `vigil report`: the briefing report of a period as a PDF, printed by a local headless Chromium from
// the same page the window shows. The HTTP host runs in this process on 127.0.0.1 (a random port and
// token) for the time of one print, and the page is counted from the store like any other call.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VigilFault } from '../../shared/errors';
import { isIsoDate, type IsoDate } from '../../shared/period';
import { periodText } from '../../shared/periodText';
import {
  DEFAULT_MARKING,
  markingSchema,
  PAPERS,
  REPORT_LANGUAGES,
  reportQuerySchema,
  type Paper,
  type ReportFigures,
  type ReportLanguage,
} from '../../shared/report';
import { CATEGORY_CODES, type CategoryCode } from '../../shared/taxonomy';
import { EventStream } from '../http/eventStream';
import { startHttpHost } from '../http/server';
import { Uploads } from '../http/uploads';
import { findChromium, pdfPageCount, printPdf } from '../report/chromiumPdf';
import type { Handlers } from '../services/handlers';
import { createRuntime } from '../services/runtime';
import type { CliIo } from './io';

export interface ReportOptions {
  storePath: string;
  json: boolean;
  from: string | undefined;
  to: string | undefined;
  categories: string[];
  marking: string | undefined;
  paper: string | undefined;
  lang: string | undefined;
  out: string | undefined;
  env?: NodeJS.ProcessEnv;
}

interface ReportRequest {
  from: IsoDate;
  to: IsoDate;
  categories: CategoryCode[];
  marking: string;
  paper: Paper;
  lang: ReportLanguage;
  out: string;
}

export async function reportCommand(options: ReportOptions, io: CliIo): Promise<number> {
  const request = reportRequest(options);
  // Both checked before anything starts: a missing Chromium or store is a clear message, not a hang.
  const chromium = findChromium(options.env);
  if (!existsSync(options.storePath)) {
    throw new VigilFault(
      'not_found',
      `there is no store at ${options.storePath}; import files first, or name the store with --db`,
    );
  }
  const runtime = createRuntime({ storePath: options.storePath, imports: 'inline', emit: () => undefined });
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
      pdf = await printPdf({ chromium, url: `${host.url}${reportHash(request)}` });
    } finally {
      await host.close();
    }
  } finally {
    uploads.dispose();
    runtime.close();
  }
  const figures = counted.figures;
  if (figures === null) {
    throw new VigilFault(
      'internal',
      'Chromium printed the page before the report was counted; nothing written.',
    );
  }
  try {
    writeFileSync(request.out, pdf);
  } catch (err) {
    throw new VigilFault('file_unreadable', `Cannot write ${request.out}: ${(err as Error).message}`);
  }
  const pages = pdfPageCount(pdf);
  const total = figures.headline.total;
  if (options.json) {
    io.stdout(
      `${JSON.stringify({ path: request.out, pages, total, from: request.from, to: request.to, marking: request.marking, paper: request.paper, lang: request.lang })}\n`,
    );
  } else {
    io.stdout(
      `Wrote ${request.out}: ${String(pages)} ${pages === 1 ? 'page' : 'pages'}, ` +
        `${total.toLocaleString('en-US')} incidents from ${periodText(request)}, marked ${request.marking}.\n`,
    );
  }
  return 0;
}

/** The report's address in the page, as the window writes it (#/report?from=...&to=...). */
function reportHash(r: ReportRequest): string {
  const query = [`from=${r.from}`, `to=${r.to}`];
  if (r.categories.length > 0) query.push(`category=${r.categories.join(',')}`);
  query.push(`marking=${encodeURIComponent(r.marking)}`);
  if (r.paper !== 'a4') query.push(`paper=${r.paper}`);
  if (r.lang !== 'en') query.push(`lang=${r.lang}`);
  return `#/report?${query.join('&')}`;
}

/** The options checked one by one, each fault naming the option that is wrong. */
function reportRequest(options: ReportOptions): ReportRequest {
  const date = (value: string | undefined, option: string): IsoDate => {
    if (value === undefined) throw new VigilFault('invalid_input', `${option} YYYY-MM-DD is required`);
    if (!isIsoDate(value)) {
      throw new VigilFault(
        'invalid_input',
        `${option}: "${value}" is not a date in the calendar (YYYY-MM-DD)`,
      );
    }
    return value;
  };
  const from = date(options.from, '--from');
  const to = date(options.to, '--to');
  const wanted = new Set<string>();
  for (const code of options.categories.flatMap((c) => c.split(',')).map((c) => c.trim())) {
    if (!(CATEGORY_CODES as readonly string[]).includes(code)) {
      throw new VigilFault(
        'invalid_input',
        `--category: "${code}" is not a category; categories are ${CATEGORY_CODES.join(', ')}`,
      );
    }
    wanted.add(code);
  }
  const categories = CATEGORY_CODES.filter((c) => wanted.has(c));
  const period = reportQuerySchema.safeParse({ from, to, categories });
  if (!period.success) {
    throw new VigilFault(
      'invalid_input',
      `--from/--to: ${period.error.issues[0]?.message ?? 'not a period'}`,
    );
  }
  const marking = markingSchema.safeParse(options.marking ?? DEFAULT_MARKING);
  if (!marking.success) {
    throw new VigilFault(
      'invalid_input',
      `--marking: ${marking.error.issues[0]?.message ?? 'not a marking'}`,
    );
  }
  const paper = options.paper ?? 'a4';
  if (!(PAPERS as readonly string[]).includes(paper)) {
    throw new VigilFault('invalid_input', `--paper: "${paper}" is not one of ${PAPERS.join(', ')}`);
  }
  const lang = options.lang ?? 'en';
  if (!(REPORT_LANGUAGES as readonly string[]).includes(lang)) {
    throw new VigilFault('invalid_input', `--lang: "${lang}" is not one of ${REPORT_LANGUAGES.join(', ')}`);
  }
  if (options.out === undefined || options.out.trim() === '') {
    throw new VigilFault('invalid_input', '--out FILE.pdf is required');
  }
  return {
    from,
    to,
    categories,
    marking: marking.data,
    paper: paper as Paper,
    lang: lang as ReportLanguage,
    out: options.out,
  };
}
