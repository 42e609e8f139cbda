// The catalogs are complete in both directions: every key of one language is in the other, with the
// same placeholders and the same markup, and no text is empty. Plural forms differ by language
// (English has _one and _other, Chinese only _other), so keys are compared without their suffix.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/shared/i18n/languages';
import { NAMESPACES, resources } from '../../src/shared/i18n/resources';
import { createI18n } from '../../src/shared/i18n/createI18n';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof node === 'string') {
    out.set(prefix, node);
    return out;
  }
  if (node === null || typeof node !== 'object' || Array.isArray(node)) {
    out.set(prefix, `<not text: ${JSON.stringify(node)}>`);
    return out;
  }
  for (const [key, value] of Object.entries(node)) {
    for (const [k, v] of leaves(value, prefix === '' ? key : `${prefix}.${key}`)) out.set(k, v);
  }
  return out;
}

/** Key without its plural suffix → the texts of its forms. */
function byBaseKey(catalog: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, text] of leaves(catalog)) {
    const base = key.replace(PLURAL, '');
    out.set(base, [...(out.get(base) ?? []), text]);
  }
  return out;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();
const tags = (text: string): string[] => [...text.matchAll(/<\/?(\w+)\s*\/?>/g)].map((m) => m[0]).sort();
// Plural forms may leave the count out ("one incident"), so a placeholder counts if any form has it.
const union = (texts: string[], of: (text: string) => string[]): string[] =>
  [...new Set(texts.flatMap(of).filter((name) => name !== 'count'))].sort();

describe('message catalogs', () => {
  for (const ns of NAMESPACES) {
    const en = byBaseKey(resources.en[ns]);
    const zh = byBaseKey(resources.zh[ns]);

    it(`${ns}: Chinese has every English key and no other`, () => {
      expect([...zh.keys()].filter((k) => !en.has(k))).toEqual([]);
      expect([...en.keys()].filter((k) => !zh.has(k))).toEqual([]);
    });

    it(`${ns}: the same placeholders and markup in both languages, and no empty text`, () => {
      for (const [key, enTexts] of en) {
        const zhTexts = zh.get(key) ?? [];
        expect(union(zhTexts, placeholders), `${ns}:${key}`).toEqual(union(enTexts, placeholders));
        expect(union(zhTexts, tags), `${ns}:${key}`).toEqual(union(enTexts, tags));
        for (const text of [...enTexts, ...zhTexts]) expect(text.trim(), `${ns}:${key}`).not.toBe('');
      }
    });

    it(`${ns}: markup names no void HTML element (its text would be lost in <Trans>)`, () => {
      const voids = /<\/?(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\s*>/;
      for (const [key, text] of [...leaves(resources.en[ns]), ...leaves(resources.zh[ns])]) {
        expect(voids.test(text), `${ns}:${key}`).toBe(false);
      }
    });

    it(`${ns}: English plural keys have both forms`, () => {
      for (const [key] of leaves(resources.en[ns])) {
        const match = PLURAL.exec(key);
        if (match === null) continue;
        const base = key.slice(0, match.index);
        const flat = leaves(resources.en[ns]);
        expect(flat.has(`${base}_one`) && flat.has(`${base}_other`), `${ns}:${base}`).toBe(true);
      }
    });
  }

  it('each language answers in itself, with its plural rules', () => {
    for (const language of LANGUAGES) {
      const t = createI18n(language).t;
      expect(t('nav.incidents')).toBe(language === 'zh' ? '事件' : 'Incidents');
    }
  });
});
