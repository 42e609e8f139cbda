// An incident's source row as header → value, rebuilt from the import's mapping, the stored fields and
// the unmapped columns kept in `extra`. Column order is the file's where it is known: mapped columns
// by their position; unmapped ones by position when the header is known (a saved mapping of the
// import), else after the mapped ones, as `extra` lists them. A value the importer could not read (a
// time, a severity, a status) is shown as the file wrote it, which `extra` keeps under the field name.
import { IMPORT_FIELDS, type ImportField } from '../../../shared/fields';
import { TIME_FIELDS, type ImportMapping } from '../../../shared/mapping';

const KEPT_AS_WRITTEN: ReadonlySet<string> = new Set([...TIME_FIELDS, 'severity', 'status']);

interface Cell {
  position: number;
  header: string;
  value: string;
}

export function rebuildSourceRow(
  mapping: ImportMapping | null,
  headers: readonly string[] | null,
  stored: Readonly<Record<ImportField, string>>,
  extra: Readonly<Record<string, string>>,
): { header: string; value: string }[] {
  const cells: Cell[] = [];
  const used = new Set<number>();
  const consumed = new Set<string>();
  for (const field of IMPORT_FIELDS) {
    const source = mapping?.fields[field];
    if (source?.kind !== 'columns') continue;
    for (const column of source.columns) used.add(column);
    const header =
      headers === null
        ? field
        : source.columns.map((c) => headers[c] ?? `column ${String(c + 1)}`).join(' + ');
    const raw = KEPT_AS_WRITTEN.has(field) ? extra[field] : undefined;
    if (raw !== undefined) consumed.add(field);
    cells.push({ position: Math.min(...source.columns), header, value: raw ?? stored[field] });
  }
  const positions = headers === null ? new Map<string, number>() : unmappedPositions(headers, used);
  let unplaced = Number.MAX_SAFE_INTEGER / 2;
  for (const [header, value] of Object.entries(extra)) {
    if (consumed.has(header)) continue;
    cells.push({ position: positions.get(header) ?? unplaced++, header, value });
  }
  return cells.sort((a, b) => a.position - b.position).map(({ header, value }) => ({ header, value }));
}

/** The names the importer gave unmapped columns (import/plan.ts): header text, deduplicated. */
function unmappedPositions(headers: readonly string[], used: ReadonlySet<number>): Map<string, number> {
  const positions = new Map<string, number>();
  const seen = new Map<string, number>();
  headers.forEach((header, index) => {
    if (used.has(index)) return;
    const base = header === '' ? `column ${String(index + 1)}` : header;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    positions.set(count === 1 ? base : `${base} (${String(count)})`, index);
  });
  return positions;
}
