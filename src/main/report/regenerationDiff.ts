// What changed between a saved report's figures and the same report counted again: nothing (same
// content hash: same data, same numbers), or the total and each category whose count moved, the
// imports added or removed, and rows edited in place, each said in a plain sentence.
import type { CountChange, RegenerationDiff, ReportFigures, StampImport } from '../../shared/report';
import { CATEGORIES, isCategoryCode } from '../../shared/taxonomy';

const count = new Intl.NumberFormat('en-US');

function categoryCounts(figures: ReportFigures): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [code, c] of Object.entries(figures.headline.byCategory)) {
    if (c.count > 0) counts.set(code, c.count);
  }
  return counts;
}

function changeText(c: CountChange): string {
  const name = c.key === 'total' ? 'Incidents counted' : isCategoryCode(c.key) ? CATEGORIES[c.key].en : c.key;
  const delta = c.now - c.before;
  return `${name}: ${count.format(c.before)} → ${count.format(c.now)} (${delta > 0 ? '+' : '−'}${count.format(Math.abs(delta))})`;
}

function importText(i: StampImport): string {
  return `import ${String(i.id)} (${i.fileName}, SHA-256 ${i.sha256.slice(0, 12)}…)`;
}

export function regenerationDiff(saved: ReportFigures, now: ReportFigures): RegenerationDiff {
  const before = {
    incidents: saved.stamp.incidents,
    contentHash: saved.stamp.contentHash,
    generatedAt: saved.stamp.generatedAt,
  };
  const current = {
    incidents: now.stamp.incidents,
    contentHash: now.stamp.contentHash,
    generatedAt: now.stamp.generatedAt,
  };
  const same = before.contentHash === current.contentHash;

  const counts: CountChange[] = [];
  if (saved.headline.total !== now.headline.total) {
    counts.push({ key: 'total', before: saved.headline.total, now: now.headline.total });
  }
  const a = categoryCounts(saved);
  const b = categoryCounts(now);
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key) ?? 0;
    const y = b.get(key) ?? 0;
    if (x !== y) counts.push({ key, before: x, now: y });
  }
  const savedImports = new Set(saved.stamp.imports.map((i) => i.id));
  const nowImports = new Set(now.stamp.imports.map((i) => i.id));
  const importsAdded = now.stamp.imports.filter((i) => !savedImports.has(i.id));
  const importsRemoved = saved.stamp.imports.filter((i) => !nowImports.has(i.id));

  const sentences: string[] = [];
  if (same) {
    sentences.push(
      `Same data, same numbers: the ${count.format(current.incidents)} incidents counted are unchanged since the report was saved (content hash ${current.contentHash.slice(0, 16)}…).`,
    );
  } else {
    sentences.push(
      `The data changed since the report was saved: the content hash was ${before.contentHash.slice(0, 16)}…, it is now ${current.contentHash.slice(0, 16)}….`,
    );
    if (counts.length > 0) sentences.push(`${counts.map(changeText).join('; ')}.`);
    else
      sentences.push(
        'Every count is the same: counted incidents were edited in place (status, severity, notes or other fields).',
      );
    if (importsAdded.length > 0) sentences.push(`Added: ${importsAdded.map(importText).join(', ')}.`);
    if (importsRemoved.length > 0)
      sentences.push(
        `No longer counted (undone or moved out): ${importsRemoved.map(importText).join(', ')}.`,
      );
  }
  return { same, before, now: current, counts, importsAdded, importsRemoved, sentences };
}
