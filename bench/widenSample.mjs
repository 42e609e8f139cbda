// A `vigil sample` export widened with the six columns the sample leaves out (detected_at, country,
// reporter, victim_org, asset_ip, tags), derived from each row's own values so the same file always
// comes out: the table's sorts on those columns are then timed over realistic spreads of values
// (few countries and reporters, many organizations and addresses, a detection time after each
// occurrence, a few tags) instead of a column of empty strings.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import Papa from 'papaparse';

const COUNTRIES = ['CN', 'CN', 'CN', 'US', 'DE', 'JP', 'RU', 'BR', 'SG', 'KR'];
const REPORTERS = ['国家中心', '省中心', 'CERT-A', 'CERT-B', 'isp-a soc', '某市网信办'];
const TAGS = ['', '', '', 'apt', 'botnet', 'apt,botnet', 'ransomware', 'phishing-kit'];

/** FNV-1a: a stable small hash of a row's text. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function widen(row) {
  const h = hash(`${row.external_id}|${row.asset}|${row.title}`);
  const host = (row.asset ?? '').replace(/^https?:\/\//, '').split(/[/:]/)[0] ?? '';
  const labels = host.split('.');
  const occurred = Date.parse(row.occurred_at);
  return {
    ...row,
    detected_at:
      Number.isNaN(occurred) || h % 5 === 0 ? '' : new Date(occurred + (h % 7200) * 1000).toISOString(),
    country: COUNTRIES[h % COUNTRIES.length],
    reporter: REPORTERS[(h >>> 4) % REPORTERS.length],
    victim_org: labels.length > 2 ? labels.slice(-3).join('.') : host,
    asset_ip:
      h % 3 === 0 ? '' : `10.${String((h >>> 8) & 255)}.${String((h >>> 16) & 255)}.${String(h & 255)}`,
    tags: TAGS[(h >>> 12) % TAGS.length],
  };
}

/** Writes `input` widened to `output`; resolves with the number of data rows. */
export async function widenSample(input, output) {
  const out = createWriteStream(output);
  let header = true;
  let count = 0;
  await new Promise((resolve, reject) => {
    Papa.parse(createReadStream(input), {
      header: true,
      skipEmptyLines: true,
      chunk: (result, parser) => {
        const text = Papa.unparse(result.data.map(widen), { header, newline: '\n' });
        header = false;
        count += result.data.length;
        if (!out.write(`${text}\n`)) {
          parser.pause();
          out.once('drain', () => {
            parser.resume();
          });
        }
      },
      complete: resolve,
      error: reject,
    });
  });
  out.end();
  await once(out, 'finish');
  return count;
}
