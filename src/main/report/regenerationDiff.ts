// What changed between a saved report's figures and the same report counted again: nothing (same
// content hash: same data, same numbers), or the total and each category whose count moved, the
// imports added or removed, and rows edited in place. The sentences kept with it are English; the
// window says the same diff in its own language (shared/reportRegenerationText.ts).
import type { CountChange, RegenerationDiff, ReportFigures } from '../../shared/report';
import { regenerationSentences } from '../../shared/reportRegenerationText';

function categoryCounts(figures: ReportFigures): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [code, c] of Object.entries(figures.headline.byCategory)) {
    if (c.count > 0) counts.set(code, c.count);
  }
  return counts;
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

  const diff: RegenerationDiff = {
    same,
    before,
    now: current,
    counts,
    importsAdded,
    importsRemoved,
    sentences: [],
  };
  diff.sentences = regenerationSentences(diff, 'en');
  return diff;
}
