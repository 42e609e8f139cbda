// The hostile corpus as an import: every payload of tests/fixtures/hostile/payloads.json, plus a few
// made here (a combining-character flood, unbroken words, a one-megabyte field), in every text field of
// a CSV file, and in its header and its name. Each field of a row takes a different payload, and each
// payload reaches every field in some row.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Payload {
  name: string;
  text: string;
}

const FIXTURE = join(__dirname, '..', 'fixtures', 'hostile', 'payloads.json');

export function payloads(): Payload[] {
  const stored = (JSON.parse(readFileSync(FIXTURE, 'utf8')) as { payloads: Payload[] }).payloads;
  const marks = '\u0336\u0334\u0335\u0337\u0338\u0321\u0322\u0327\u0328\u0300\u0301\u0302\u0303\u0304\u0305';
  return [
    ...stored,
    { name: 'combining-flood', text: `Z${marks.repeat(200)}algo` },
    { name: 'long-word', text: 'A'.repeat(6000) },
    { name: 'long-url', text: `http://${'sub'.repeat(1500)}.pwned.invalid/${'x'.repeat(1000)}` },
  ];
}

/** The text fields a payload goes into; the extra columns are kept with each incident, unmapped. */
const TEXT_COLUMNS = [
  'external_id',
  'category',
  'title',
  'description',
  'asset',
  'attacker_ip',
  'source',
  'region',
  'sector',
  'tags',
  'notes',
  'x_extra',
  '<img src=/pwned-header onerror="window.__pwned=\'header\'">',
] as const;

const SEVERITIES = ['low', 'medium', 'high', 'critical'];

/** A one-megabyte description (under the 1 MiB a row may take), itself full of markup. */
export const BIG_TITLE = 'A one-megabyte description';
export const BIG_FIELD_BYTES = 1_000_000;

function bigField(): string {
  const piece = `<img src=/pwned-big onerror="window.__pwned='big'"> lorem ipsum dolor sit amet `;
  return piece.repeat(Math.ceil(BIG_FIELD_BYTES / piece.length)).slice(0, BIG_FIELD_BYTES);
}

function quoted(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

export interface HostileFile {
  name: string;
  content: string;
  rows: number;
  /** Every row's values by column, in file order. */
  records: Record<string, string>[];
}

export function hostileFile(): HostileFile {
  const list = payloads();
  const records: Record<string, string>[] = [];
  list.forEach((_, i) => {
    const record: Record<string, string> = {
      occurred_at: `2016-${String(1 + (i % 9)).padStart(2, '0')}-${String(10 + (i % 18))}T10:00:00Z`,
      severity: SEVERITIES[i % SEVERITIES.length] ?? 'low',
    };
    TEXT_COLUMNS.forEach((column, k) => {
      const payload = list[(i + k * 7) % list.length]?.text ?? '';
      // The natural key must differ from row to row.
      record[column] = column === 'external_id' ? `${payload}#${String(i)}` : payload;
    });
    records.push(record);
  });
  records.splice(1, 0, {
    occurred_at: '2016-06-15T08:00:00Z',
    severity: 'high',
    external_id: 'BIG-1',
    category: 'phishing',
    title: BIG_TITLE,
    description: bigField(),
    asset: 'big.example.org',
  });
  const header = ['occurred_at', 'severity', ...TEXT_COLUMNS];
  const lines = [header.map(quoted).join(',')];
  for (const record of records) lines.push(header.map((column) => quoted(record[column] ?? '')).join(','));
  return {
    // The name is untrusted too (no slash: it must be a valid file name).
    name: `<img src=pwned-name onerror="window.__pwned='name'">\u202Ecod.csv`,
    content: `${lines.join('\r\n')}\r\n`,
    rows: records.length,
    records,
  };
}
