// A triage batch's summary in the window's language. The main process stores one English sentence per
// batch, in the form batchSummary() of src/main/store/queries/triage.ts writes: "status → resolved,
// tags + urgent on 12 incidents". It is read back here into its parts and said again from the
// catalogs; a sentence not in that form (from another version) is shown as stored.
import { i18n } from '../i18n/instance';
import { fieldValueText } from './codeWords';

export type SummaryPart =
  | { kind: 'set'; field: 'status' | 'severity' | 'category'; value: string }
  | { kind: 'notes'; cleared: boolean }
  | { kind: 'addTags'; tags: string }
  | { kind: 'removeTags'; tags: string };

export interface ParsedSummary {
  parts: SummaryPart[];
  incidents: number;
}

const WHOLE = /^([\s\S]+) on (\d+) incidents?$/;
// The parts come in the order triage.ts writes them; field values are codes, which hold no comma.
const SET = /^(status|severity|category) → ([^,]*)(?:, |$)/;
const NOTES = /^notes (cleared|edited)(?:, |$)/;
// Tags hold no comma either, so ", tags − " can only start the list of removed tags.
const ADD_TAGS = /^tags \+ ([\s\S]*?)(?:, (?=tags − )|$)/;
const REMOVE_TAGS = /^tags − ([\s\S]*)$/;

/** The parts of a stored summary, or null when it is not in the form triage.ts writes. */
export function parseBatchSummary(summary: string): ParsedSummary | null {
  const whole = WHOLE.exec(summary);
  if (whole === null) return null;
  let rest = whole[1] ?? '';
  const parts: SummaryPart[] = [];
  while (rest !== '') {
    let match: RegExpExecArray | null;
    if ((match = SET.exec(rest)) !== null) {
      const field = match[1] as 'status' | 'severity' | 'category';
      parts.push({ kind: 'set', field, value: match[2] === 'none' ? '' : (match[2] ?? '') });
    } else if ((match = NOTES.exec(rest)) !== null) {
      parts.push({ kind: 'notes', cleared: match[1] === 'cleared' });
    } else if ((match = ADD_TAGS.exec(rest)) !== null) {
      parts.push({ kind: 'addTags', tags: match[1] ?? '' });
    } else if ((match = REMOVE_TAGS.exec(rest)) !== null) {
      parts.push({ kind: 'removeTags', tags: match[1] ?? '' });
    } else {
      return null;
    }
    rest = rest.slice(match[0].length);
  }
  return parts.length > 0 ? { parts, incidents: Number(whole[2]) } : null;
}

function partText(part: SummaryPart): string {
  switch (part.kind) {
    case 'set':
      return i18n.t('incidents:summary.set', {
        field: i18n.t(`incidents:history.field.${part.field}`),
        value: part.value === '' ? i18n.t('incidents:summary.none') : fieldValueText(part.field, part.value),
      });
    case 'notes':
      return i18n.t(part.cleared ? 'incidents:summary.notesCleared' : 'incidents:summary.notesEdited');
    case 'addTags':
      return i18n.t('incidents:summary.tagsAdded', { tags: part.tags });
    case 'removeTags':
      return i18n.t('incidents:summary.tagsRemoved', { tags: part.tags });
  }
}

/** The stored summary said in the window's language. */
export function batchSummaryText(summary: string): string {
  const parsed = parseBatchSummary(summary);
  if (parsed === null) return summary;
  const what = parsed.parts.map(partText).join(i18n.t('incidents:summary.separator'));
  return i18n.t('incidents:summary.on', { what, count: parsed.incidents });
}
