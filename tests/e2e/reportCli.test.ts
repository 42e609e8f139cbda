// `vigil report` as built (`npx electron-vite build` first), on a generated sample imported through the
// command line: the PDF Debian's Chromium prints, read back with pdftotext, carries the marking at the
// top and bottom of every page, "Page X of Y" up to the page count pdfinfo gives, and the total
// `vigil stats` gives for the same period and categories. Without a Chromium it says so and exits 2.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Headline } from '../../src/shared/domain';
import { CLI, ROOT } from './harness';

let dir: string;
let db: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function vigil(args: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tool(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

function stats(from: string, to: string, categories: string[] = []): Headline {
  const args = ['stats', '--db', db, '--from', from, '--to', to, '--json'];
  for (const c of categories) args.push('--category', c);
  const out = vigil(args);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout) as Headline;
}

/** The PDF's text, one string per page; `raw` keeps the content order (Chinese lines stay whole). */
function pagesOf(pdf: string, mode: '-layout' | '-raw'): string[] {
  return tool('pdftotext', [mode, pdf, '-'])
    .split('\f')
    .filter((page) => page.trim() !== '');
}

function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [pdf]))?.[1]);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-report-cli-'));
  db = join(dir, 'vigil.db');
  const sample = join(dir, 'sample.csv');
  expect(vigil(['sample', '--rows', '5000', '--out', sample]).code).toBe(0);
  expect(vigil(['import', sample, '--db', db]).code).toBe(0);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('vigil report', () => {
  it('prints nine months to an A4 PDF with the marking on every page and the total of vigil stats', () => {
    const out = join(dir, 'nine-months.pdf');
    const run = vigil([
      'report',
      '--db',
      db,
      '--from',
      '2016-01-01',
      '--to',
      '2016-09-30',
      '--marking',
      'TLP:RED',
      '--out',
      out,
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const h = stats('2016-01-01', '2016-09-30');
    expect(h.total).toBeGreaterThan(0);
    const told = JSON.parse(run.stdout) as { path: string; pages: number; total: number };
    expect(told.path).toBe(out);
    expect(told.total).toBe(h.total);

    const count = pageCount(out);
    expect(count).toBeGreaterThan(1);
    expect(told.pages).toBe(count);
    expect(tool('pdfinfo', [out])).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = pagesOf(out, '-layout');
    expect(pages).toHaveLength(count);
    pages.forEach((text, i) => {
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      expect(lines[0]?.trim()).toBe('TLP:RED');
      expect(lines.at(-1)).toMatch(new RegExp(`^\\s*TLP:RED\\s+Page ${String(i + 1)} of ${String(count)}$`));
    });
    const all = pages.join('\n');
    expect(all).toContain('1 January – 30 September 2016');
    expect(all.replace(/\s+/g, ' ')).toContain(
      `Between 1 January and 30 September 2016, ${h.total.toLocaleString('en-US')} incidents were recorded`,
    );
    expect(all).toMatch(new RegExp(`Incidents counted\\s+${h.total.toLocaleString('en-US')}`));
  });

  it('prints one category on Letter in Chinese, with a free-text marking on every page', () => {
    const out = join(dir, 'phishing-zh.pdf');
    const marking = '内部资料 注意保密';
    const run = vigil([
      'report',
      '--db',
      db,
      '--from',
      '2016-01-01',
      '--to',
      '2016-06-30',
      '--category',
      'phishing',
      '--marking',
      marking,
      '--paper',
      'letter',
      '--lang',
      'zh',
      '--out',
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const h = stats('2016-01-01', '2016-06-30', ['phishing']);
    expect(h.total).toBeGreaterThan(0);
    // --lang sets the messages' language as well as the report's.
    expect(run.stdout).toContain(`共 ${h.total.toLocaleString('en-US')} 起事件`);
    expect(tool('pdfinfo', [out])).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    const count = pageCount(out);
    const pages = pagesOf(out, '-raw');
    expect(pages).toHaveLength(count);
    pages.forEach((text, i) => {
      const lines = text.split('\n').map((l) => l.trim());
      expect(lines.filter((l) => l === marking)).toHaveLength(2);
      expect(text).toContain(`第 ${String(i + 1)} 页，共 ${String(count)} 页`);
    });
    const flat = pages.join('').replace(/\s+/g, '');
    expect(flat).toContain(`2016年1月1日至6月30日，共监测到网页仿冒事件${h.total.toLocaleString('en-US')}起`);
    expect(flat).toContain('事件类别网页仿冒');
  });

  it('says clearly when there is no Chromium, exits 2 and writes nothing', () => {
    const out = join(dir, 'none.pdf');
    const missing = join(dir, 'no-such-chromium');
    const run = vigil(['report', '--db', db, '--from', '2016-01-01', '--to', '2016-03-31', '--out', out], {
      ...process.env,
      VIGIL_CHROMIUM: missing,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`no Chromium found: VIGIL_CHROMIUM names ${missing}`);
    expect(run.stderr).toContain('apt-get install chromium');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 with Chromium named when it prints nothing, and writes nothing', () => {
    const out = join(dir, 'failed.pdf');
    const run = vigil(['report', '--db', db, '--from', '2016-01-01', '--to', '2016-03-31', '--out', out], {
      ...process.env,
      VIGIL_CHROMIUM: '/bin/false',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Chromium (/bin/false) did not print the report (exit 1)');
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['--from', '2016-01-01', '--to', '2016-02-30'], /--to: "2016-02-30" is not a date/],
    [['--from', '2016-03-01', '--to', '2016-01-01'], /from must be on or before to/],
    [
      ['--from', '2016-01-01', '--to', '2016-01-31', '--paper', 'a3'],
      /--paper: "a3" is not one of a4, letter/,
    ],
    [['--from', '2016-01-01', '--to', '2016-01-31', '--category', 'worms'], /--category: "worms"/],
    [['--from', '2016-01-01', '--to', '2016-01-31', '--lang', 'fr'], /--lang: "fr"/],
  ])('refuses %j with exit 2 before printing', (args, message) => {
    const out = join(dir, 'refused.pdf');
    const run = vigil(['report', '--db', db, ...args, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('needs --out and an existing store', () => {
    const noOut = vigil(['report', '--db', db, '--from', '2016-01-01', '--to', '2016-01-31']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out FILE.pdf is required');
    const missing = join(dir, 'missing.db');
    const noStore = vigil([
      'report',
      '--db',
      missing,
      '--from',
      '2016-01-01',
      '--to',
      '2016-01-31',
      '--out',
      join(dir, 'x.pdf'),
    ]);
    expect(noStore.code).toBe(2);
    expect(noStore.stderr).toContain(`there is no store at ${missing}`);
    expect(existsSync(missing)).toBe(false);
  });
});
