// Whether an incident matches a watched term: a domain suffix against the hosts in its asset and text,
// an IPv4 range against its addresses (asset_ip, attacker_ip, and any address written in its asset or
// text), a word against its title, description and asset (case- and width-insensitive; on word
// boundaries for Latin letters and digits, anywhere in Chinese text, which has no spaces between words).
import {
  foldText,
  ipv4Number,
  isWatchTerm,
  networkOf,
  parseWatchTerm,
  type WatchTerm,
} from '../../shared/alertTerms';

export interface WatchRow {
  asset: string;
  asset_ip: string;
  attacker_ip: string;
  title: string;
  description: string;
}

export interface CompiledTerm {
  term: WatchTerm;
  /** What in the row matched ("www.moe.gov.cn", "10.2.3.4", "ransomware"), or null. */
  match(row: RowFeatures): string | null;
}

const HOST_IN_TEXT = /[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+/g;
const IP_IN_TEXT = /\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b/g;

/** The host an asset names: "https://user@www.x.gov.cn:8443/path" → "www.x.gov.cn". */
export function assetHost(asset: string): string {
  return foldText(asset.trim())
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^[^@/]*@/, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '');
}

/** What the terms look at in one row, each worked out once and only when a term asks. */
export class RowFeatures {
  private hostList: string[] | null = null;
  private ipList: { text: string; value: number }[] | null = null;
  private folded: string | null = null;

  constructor(private readonly row: WatchRow) {}

  get text(): string {
    this.folded ??= foldText(`${this.row.title}\n${this.row.description}\n${this.row.asset}`);
    return this.folded;
  }

  get hosts(): string[] {
    if (this.hostList === null) {
      const host = assetHost(this.row.asset);
      this.hostList = [...(host === '' ? [] : [host]), ...(this.text.match(HOST_IN_TEXT) ?? [])];
    }
    return this.hostList;
  }

  get ips(): { text: string; value: number }[] {
    if (this.ipList === null) {
      const all = `${this.row.asset_ip} ${this.row.attacker_ip} ${this.row.asset} ${this.row.title} ${this.row.description}`;
      this.ipList = [];
      for (const m of all.matchAll(IP_IN_TEXT)) {
        const value = ipv4Number(m[1] ?? '', m[2] ?? '', m[3] ?? '', m[4] ?? '');
        if (value !== null) this.ipList.push({ text: m[0], value });
      }
    }
    return this.ipList;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(term: WatchTerm): CompiledTerm {
  switch (term.kind) {
    case 'domain': {
      const tail = `.${term.suffix}`;
      return {
        term,
        match: (row) => row.hosts.find((h) => h === term.suffix || h.endsWith(tail)) ?? null,
      };
    }
    case 'cidr':
      return {
        term,
        match: (row) => row.ips.find((ip) => networkOf(ip.value, term.prefix) === term.network)?.text ?? null,
      };
    case 'word': {
      const start = /^[a-z0-9_]/.test(term.word) ? '(?<![a-z0-9_])' : '';
      const end = /[a-z0-9_]$/.test(term.word) ? '(?![a-z0-9_])' : '';
      const pattern = new RegExp(`${start}${escapeRegExp(term.word)}${end}`, 'u');
      return { term, match: (row) => (pattern.test(row.text) ? term.text : null) };
    }
  }
}

/** The rule's terms ready to test rows; a term that no longer parses is left out. */
export function compileTerms(texts: readonly string[]): CompiledTerm[] {
  return texts.flatMap((text) => {
    const term = parseWatchTerm(text);
    return isWatchTerm(term) ? [compile(term)] : [];
  });
}
