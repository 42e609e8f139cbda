// What a regeneration found, in plain sentences of a language: the main process keeps them in English
// with the diff (logs, older readers), the window says them in its own language from the same diff.
import { categoryName, formatNumber } from './i18n/format';
import type { Language } from './i18n/languages';
import { translator } from './i18n/message';
import type { CountChange, RegenerationDiff, StampImport } from './report';

/** Shortened hashes: enough to tell two apart at a glance. */
const HASH_SHOWN = 16;
const IMPORT_HASH_SHOWN = 12;

export function regenerationSentences(diff: RegenerationDiff, language: Language): string[] {
  const t = translator(language);
  const change = (c: CountChange): string => {
    const delta = c.now - c.before;
    return t('report:regeneration.countChange', {
      name: c.key === 'total' ? t('report:regeneration.total') : categoryName(c.key, language),
      before: c.before,
      now: c.now,
      // U+2212, as wide as the plus: the same sign as every change Vigil prints.
      delta: `${delta > 0 ? '+' : '\u2212'}${formatNumber(Math.abs(delta), language)}`,
    });
  };
  const imports = (list: readonly StampImport[]): string =>
    list
      .map((i) =>
        t('report:regeneration.importItem', {
          id: String(i.id),
          file: i.fileName,
          hash: i.sha256.slice(0, IMPORT_HASH_SHOWN),
        }),
      )
      .join(t('report:regeneration.importSeparator'));

  if (diff.same) {
    return [
      t('report:regeneration.same', {
        count: diff.now.incidents,
        hash: diff.now.contentHash.slice(0, HASH_SHOWN),
      }),
    ];
  }
  const sentences = [
    t('report:regeneration.changed', {
      before: diff.before.contentHash.slice(0, HASH_SHOWN),
      now: diff.now.contentHash.slice(0, HASH_SHOWN),
    }),
  ];
  sentences.push(
    diff.counts.length > 0
      ? t('report:regeneration.counts', {
          list: diff.counts.map(change).join(t('report:regeneration.listSeparator')),
        })
      : t('report:regeneration.editedInPlace'),
  );
  if (diff.importsAdded.length > 0) {
    sentences.push(t('report:regeneration.added', { list: imports(diff.importsAdded) }));
  }
  if (diff.importsRemoved.length > 0) {
    sentences.push(t('report:regeneration.removed', { list: imports(diff.importsRemoved) }));
  }
  return sentences;
}
