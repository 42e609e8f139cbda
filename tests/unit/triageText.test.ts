// What triage says to a person: the batch summaries it stores (the window reads them back to say them
// in its language: tests/unit/renderer/incidentsText.test.ts) and its refusals, which keep their
// English sentence and carry a catalog message for other languages.
import { describe, expect, it } from 'vitest';
import { batchSummary, checkEdit } from '../../src/main/store/queries/triage';
import { VigilFault } from '../../src/shared/errors';
import type { IncidentEdit } from '../../src/shared/incidentTypes';
import { messageText } from '../../src/shared/i18n/message';

function refusal(edit: IncidentEdit): VigilFault {
  try {
    checkEdit(edit);
  } catch (err) {
    if (err instanceof VigilFault) return err;
  }
  throw new Error('the edit was accepted');
}

describe('triage text', () => {
  it('writes the summaries the window reads back', () => {
    const cases: [IncidentEdit, number, string][] = [
      [{ status: 'resolved' }, 1, 'status → resolved on 1 incident'],
      [
        { status: 'in_progress', severity: '', category: 'phishing' },
        12,
        'status → in_progress, severity → none, category → phishing on 12 incidents',
      ],
      [{ notes: '  ' }, 3, 'notes cleared on 3 incidents'],
      [
        { severity: 'high', notes: 'x', addTags: ['urgent'], removeTags: ['old'] },
        2_000_000,
        'severity → high, notes edited, tags + urgent, tags − old on 2000000 incidents',
      ],
      [
        { addTags: ['a b', 'c on d'], removeTags: ['tags − x'] },
        2,
        'tags + a b, c on d, tags − tags − x on 2 incidents',
      ],
    ];
    for (const [edit, incidents, summary] of cases) {
      expect(batchSummary(checkEdit(edit), incidents)).toBe(summary);
    }
  });

  it('refuses an edit in English, and in Chinese through its message', () => {
    const empty = refusal({});
    expect(empty.message).toBe('The edit changes nothing: give a field to set or a tag.');
    expect(empty.text && messageText(empty.text, 'zh')).toBe(
      '此次编辑没有任何改动：请指定要设置的字段或标签。',
    );
    const status = refusal({ status: 'done' });
    expect(status.message).toBe(
      '"done" is not a status; use one of new, triaged, in_progress, resolved, false_positive.',
    );
    expect(status.text && messageText(status.text, 'zh')).toMatch(/^“done”不是有效的状态/);
    expect(refusal({ addTags: ['x'], removeTags: ['X'] }).message).toBe(
      'The tag "x" cannot be both added and removed.',
    );
    expect(refusal({ notes: 'n'.repeat(20_001) }).message).toBe('Notes are limited to 20000 characters.');
  });
});
