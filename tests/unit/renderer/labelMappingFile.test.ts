import { describe, expect, it } from 'vitest';
import {
  formatLabelMappingFile,
  parseLabelMappingFile,
} from '../../../src/renderer/src/settings/labelMappingFile';

describe('the label mapping file', () => {
  it('reads back what it writes, Chinese labels included, with or without a BOM', () => {
    const rows = [
      { label: '钓鱼网站', category: 'phishing' as const },
      { label: 'Phish-Kit "v2"', category: 'phishing' as const },
      { label: 'APT疑似', category: 'intrusion' as const },
    ];
    const text = formatLabelMappingFile(rows);
    expect(parseLabelMappingFile(text)).toEqual({ ok: true, rows });
    expect(parseLabelMappingFile(`\uFEFF${text}`)).toEqual({ ok: true, rows });
  });

  it('says what is wrong with a file that is not one, and where', () => {
    expect(parseLabelMappingFile('label,category\nx,phishing')).toEqual({
      ok: false,
      problem: { key: 'labels.fileNotJson' },
    });
    expect(parseLabelMappingFile('{"mappings": []}')).toEqual({
      ok: false,
      problem: { key: 'labels.fileNotMappings' },
    });
    expect(parseLabelMappingFile('{"format":"vigil-label-mappings","version":2,"mappings":[]}')).toEqual({
      ok: false,
      problem: { key: 'labels.fileNewer', version: 2 },
    });
    expect(
      parseLabelMappingFile(
        '{"format":"vigil-label-mappings","version":1,"mappings":[{"label":"a","category":"phishing"},{"label":"b","category":"nope"}]}',
      ),
    ).toEqual({ ok: false, problem: { key: 'labels.fileBadRow', row: 2 } });
    expect(parseLabelMappingFile('{"format":"vigil-label-mappings","version":1,"mappings":[]}')).toEqual({
      ok: false,
      problem: { key: 'labels.fileEmpty' },
    });
  });
});
