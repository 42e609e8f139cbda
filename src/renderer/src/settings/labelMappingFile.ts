// Label mappings travel between air-gapped workstations as a small JSON file: what this workstation
// maps, written out by Settings and read back by Settings on another machine.
import { isCategoryCode, type CategoryCode } from '../../../shared/taxonomy';

export const LABEL_MAPPINGS_FORMAT = 'vigil-label-mappings';
export const LABEL_MAPPINGS_VERSION = 1;

export interface LabelMappingRow {
  label: string;
  category: CategoryCode;
}

export function formatLabelMappingFile(rows: readonly LabelMappingRow[]): string {
  const file = {
    format: LABEL_MAPPINGS_FORMAT,
    version: LABEL_MAPPINGS_VERSION,
    mappings: rows.map((row) => ({ label: row.label, category: row.category })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Why a file is not a label mapping file, as a catalog key of `settings` and its values. */
export type LabelFileProblem =
  | { key: 'labels.fileNotJson' }
  | { key: 'labels.fileNotMappings' }
  | { key: 'labels.fileNewer'; version: number }
  | { key: 'labels.fileBadRow'; row: number }
  | { key: 'labels.fileEmpty' };

export type LabelFileParse = { ok: true; rows: LabelMappingRow[] } | { ok: false; problem: LabelFileProblem };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a file written by formatLabelMappingFile; every row must name a label and a known category. */
export function parseLabelMappingFile(text: string): LabelFileParse {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { key: 'labels.fileNotJson' } };
  }
  if (!isRecord(data) || data.format !== LABEL_MAPPINGS_FORMAT || !Array.isArray(data.mappings)) {
    return { ok: false, problem: { key: 'labels.fileNotMappings' } };
  }
  const version = typeof data.version === 'number' ? data.version : 0;
  if (version > LABEL_MAPPINGS_VERSION) return { ok: false, problem: { key: 'labels.fileNewer', version } };
  const rows: LabelMappingRow[] = [];
  for (const [index, entry] of (data.mappings as unknown[]).entries()) {
    const label = isRecord(entry) && typeof entry.label === 'string' ? entry.label.trim() : '';
    const category = isRecord(entry) && typeof entry.category === 'string' ? entry.category : '';
    if (label === '' || label.length > 200 || !isCategoryCode(category)) {
      return { ok: false, problem: { key: 'labels.fileBadRow', row: index + 1 } };
    }
    rows.push({ label, category });
  }
  if (rows.length === 0) return { ok: false, problem: { key: 'labels.fileEmpty' } };
  return { ok: true, rows };
}
