// One file staged in the import wizard, and what follows from it: the preview to ask for, what the
// wizard shows (the mapping in force, where it came from, whether it was changed, what blocks the
// import), and how `import.start` should receive it. Pure, so the rules are easy to test.
import type { InputOf } from '../../../shared/contract';
import type { DateFormatChoice, FileRef, ImportPreview } from '../../../shared/domain';
import type { VigilError } from '../../../shared/errors';
import type { ImportMapping, ReadOptions, TimeField } from '../../../shared/mapping';
import { sameMapping } from '../mapping/mappingEdits';
import type { ImportFileSpec } from './useImportJobs';

/** Preview rows the wizard shows. */
export const PREVIEW_ROWS = 20;

export type StageState =
  { state: 'staging' } | { state: 'staged'; ref: FileRef } | { state: 'failed'; error: VigilError };

/** The mapping as the file's preview first resolved it, before the user changed anything. */
export interface MappingBase {
  mapping: ImportMapping;
  origin: 'saved' | 'suggested';
  savedMapping: { id: number; name: string } | null;
  /** How its time columns were read, so 'auto' can still say what it detects after a format is chosen. */
  dateFormats: Partial<Record<TimeField, DateFormatChoice>>;
}

export interface WizardEntry {
  key: number;
  name: string;
  size: number;
  stage: StageState;
  /** The encoding and delimiter the user chose; empty while Vigil's detection stands. */
  read: ReadOptions;
  /** Null while the preview's own mapping (saved or suggested) stands; the user's once edited. */
  mapping: ImportMapping | null;
  /** Set with the first edit: what the mapping was before it. */
  base: MappingBase | null;
  /** Whether to save the mapping; null for the default (on when the mapping was changed). */
  save: boolean | null;
  /** The name to save it under; null for the default (the saved mapping's name, else the file's). */
  saveName: string | null;
  /** The latest preview answer and the request it answers ('' before the first). */
  preview: { request: string; value: ImportPreview | null; error: VigilError | null };
}

export function newEntry(key: number, name: string, size: number): WizardEntry {
  return {
    key,
    name,
    size,
    stage: { state: 'staging' },
    read: {},
    mapping: null,
    base: null,
    save: null,
    saveName: null,
    preview: { request: '', value: null, error: null },
  };
}

/** The preview call for the entry as it stands; null while its file is not staged. */
export function previewInput(entry: WizardEntry): InputOf<'import.preview'> | null {
  if (entry.stage.state !== 'staged') return null;
  return {
    file: entry.stage.ref,
    ...(Object.keys(entry.read).length > 0 ? { read: entry.read } : {}),
    ...(entry.mapping !== null ? { mapping: entry.mapping } : {}),
    rows: PREVIEW_ROWS,
  };
}

/** The identity of the preview request, to match answers to it; '' when there is none. */
export function previewRequest(entry: WizardEntry): string {
  const input = previewInput(entry);
  return input === null ? '' : JSON.stringify(input);
}

/** "incidents 2016.csv" → "incidents 2016": a first name for a mapping saved from this file. */
function fileStem(name: string): string {
  const stem = name.replace(/\.[^.]*$/, '').trim();
  return (stem === '' ? name : stem).slice(0, 100);
}

export interface EntryView {
  preview: ImportPreview | null;
  error: VigilError | null;
  /** True while the preview shown is not (yet) for the entry as it stands. */
  stale: boolean;
  /** The mapping in force: the user's, else the preview's. */
  mapping: ImportMapping | null;
  origin: MappingBase | null;
  changed: boolean;
  saveChecked: boolean;
  saveName: string;
  /** What stops this file from being imported now; empty when it can be. */
  blockers: string[];
  ready: boolean;
}

function originOf(entry: WizardEntry, preview: ImportPreview | null): MappingBase | null {
  if (entry.base !== null) return entry.base;
  if (preview === null || preview.mappingOrigin === 'given') return null;
  return {
    mapping: preview.mapping,
    origin: preview.mappingOrigin,
    savedMapping: preview.savedMapping,
    dateFormats: preview.dateFormats,
  };
}

export function entryView(entry: WizardEntry): EntryView {
  const { value: preview, error } = entry.preview;
  const stale = entry.preview.request !== previewRequest(entry);
  const mapping = entry.mapping ?? preview?.mapping ?? null;
  const origin = originOf(entry, preview);
  const changed = entry.mapping !== null && origin !== null && !sameMapping(entry.mapping, origin.mapping);
  const saveChecked = entry.save ?? changed;
  const saveName = entry.saveName ?? origin?.savedMapping?.name ?? fileStem(entry.name);
  const blockers: string[] = [];
  if (entry.stage.state === 'failed') blockers.push(entry.stage.error.message);
  else if (error !== null) blockers.push(error.message);
  else if (preview !== null) blockers.push(...preview.problems);
  if (saveChecked && saveName.trim() === '') blockers.push('give the mapping a name to save it under');
  const ready =
    entry.stage.state === 'staged' && !stale && preview !== null && error === null && blockers.length === 0;
  return { preview, error, stale, mapping, origin, changed, saveChecked, saveName, blockers, ready };
}

/**
 * How `import.start` receives the entry; null when it is not ready. The mapping the user saw is sent,
 * except when a saved mapping stands unchanged and is not saved again: then it is left out, so Vigil
 * applies the saved mapping itself and records its name with the import.
 */
export function importSpec(entry: WizardEntry): ImportFileSpec | null {
  const view = entryView(entry);
  if (!view.ready || entry.stage.state !== 'staged' || view.mapping === null) return null;
  const spec: ImportFileSpec = { file: entry.stage.ref };
  if (Object.keys(entry.read).length > 0) spec.read = entry.read;
  const saveAs = view.saveChecked ? view.saveName.trim() : '';
  if (saveAs !== '') {
    spec.mapping = view.mapping;
    spec.saveMappingAs = saveAs;
  } else if (!(view.origin?.origin === 'saved' && !view.changed)) {
    spec.mapping = view.mapping;
  }
  return spec;
}
