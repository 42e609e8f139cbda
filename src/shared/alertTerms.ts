// The terms a watchlist rule watches for, as an analyst writes them: a domain suffix (`.gov.cn`, or a
// whole domain such as `example.com`, which also covers its subdomains), an IPv4 range in CIDR notation
// (`10.0.0.0/8`; a lone address is its /32), or any other word or phrase. Pure ECMAScript, so the
// window checks a term with the same rules the main process matches it by.
import type { Language } from './i18n/languages';
import { translator } from './i18n/message';

export type WatchTerm =
  | { kind: 'domain'; text: string; suffix: string }
  | { kind: 'cidr'; text: string; network: number; prefix: number }
  | { kind: 'word'; text: string; word: string };

export const MAX_TERM_LENGTH = 100;

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/;
// Labels of letters, digits and hyphens (any script: 政府.cn is a domain too), at least two of them,
// the last one holding a letter so that "1.5" or "v2.0" stay words.
const DOMAIN = /^\.?(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]*\p{L}[\p{L}\p{N}-]*\.?$/u;

/** An IPv4 address as an unsigned 32-bit number, or null for text that is not one. */
export function ipv4Number(a: string, b: string, c: string, d: string): number | null {
  const octets = [a, b, c, d].map(Number);
  if (octets.some((o) => !Number.isInteger(o) || o > 255)) return null;
  return octets.reduce((n, o) => n * 256 + o, 0);
}

/** The network's first address for a prefix length: the address with its host bits cleared. */
export function networkOf(address: number, prefix: number): number {
  if (prefix === 0) return 0;
  const size = 2 ** (32 - prefix);
  return Math.floor(address / size) * size;
}

/** Folds case and width (ＧＯＶ and gov are the same word), as category labels are matched. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** A term as Vigil will match it, or a sentence (in `language`) saying why it cannot be watched. */
export function parseWatchTerm(input: string, language: Language = 'en'): WatchTerm | { error: string } {
  const t = translator(language);
  const text = input.trim();
  if (text === '') return { error: t('alerts:terms.empty') };
  if (text.length > MAX_TERM_LENGTH) {
    return { error: t('alerts:terms.tooLong', { start: text.slice(0, 20), max: MAX_TERM_LENGTH }) };
  }
  const ip = IPV4.exec(text);
  if (ip !== null) {
    const address = ipv4Number(ip[1] ?? '', ip[2] ?? '', ip[3] ?? '', ip[4] ?? '');
    const prefix = ip[5] === undefined ? 32 : Number(ip[5]);
    if (address === null || prefix > 32) return { error: t('alerts:terms.notAddress', { term: text }) };
    return { kind: 'cidr', text, network: networkOf(address, prefix), prefix };
  }
  if (/^[\d./]+$/.test(text) && text.includes('/')) {
    return { error: t('alerts:terms.notRange', { term: text }) };
  }
  if (DOMAIN.test(text)) {
    return { kind: 'domain', text, suffix: foldText(text).replace(/^\.+|\.+$/g, '') };
  }
  return { kind: 'word', text, word: foldText(text) };
}

export function isWatchTerm(term: WatchTerm | { error: string }): term is WatchTerm {
  return !('error' in term);
}

/** How a term will be read, for the rule editor: "domain suffix", "IPv4 range", "word". */
export function watchTermKind(term: WatchTerm, language: Language = 'en'): string {
  const t = translator(language);
  switch (term.kind) {
    case 'domain':
      return t('alerts:terms.kinds.domain');
    case 'cidr':
      return t(term.prefix === 32 ? 'alerts:terms.kinds.address' : 'alerts:terms.kinds.range');
    case 'word':
      return t(/\s/.test(term.word) ? 'alerts:terms.kinds.phrase' : 'alerts:terms.kinds.word');
  }
}
