import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS } from '../../../src/shared/fields';
import { foldHeader, suggestField, suggestMapping } from '../../../src/shared/headerSynonyms';

describe('suggestField', () => {
  it('calls a field name exact in any case, spacing, hyphenation or camelCase', () => {
    for (const header of ['occurred_at', 'Occurred At', 'occurredAt', 'OCCURRED-AT', ' occurred_at (UTC) ']) {
      expect(suggestField(header)).toEqual({ field: 'occurred_at', confidence: 'exact' });
    }
    expect(suggestField('assetIP')).toEqual({ field: 'asset_ip', confidence: 'exact' });
    expect(suggestField('externalId')).toEqual({ field: 'external_id', confidence: 'exact' });
    expect(suggestField('[Title]')).toEqual({ field: 'title', confidence: 'exact' });
    for (const field of IMPORT_FIELDS) expect(suggestField(field)).toEqual({ field, confidence: 'exact' });
  });

  it('reads English synonyms', () => {
    const cases: [string, string][] = [
      ['Incident ID', 'external_id'],
      ['Ticket #', 'external_id'],
      ['Event Time', 'occurred_at'],
      ['@timestamp', 'occurred_at'],
      ['_time', 'occurred_at'],
      ['First Seen', 'detected_at'],
      ['Reported', 'reported_at'],
      ['Resolved At', 'closed_at'],
      ['Incident Type', 'category'],
      ['Sub-Type', 'subcategory'],
      ['Priority', 'severity'],
      ['State', 'status'],
      ['Summary', 'title'],
      ['Details', 'description'],
      ['Affected Asset', 'asset'],
      ['URL', 'asset'],
      ['Dst IP', 'asset_ip'],
      ['dstIp', 'asset_ip'],
      ['Source IP Address', 'attacker_ip'],
      ['srcIP', 'attacker_ip'],
      ['Province', 'region'],
      ['Country Code', 'country'],
      ['Industry', 'sector'],
      ['Organization', 'victim_org'],
      ['Reported By', 'reporter'],
      ['Feed', 'source'],
      ['Labels', 'tags'],
      ['Comments', 'notes'],
      ['TLP Level', 'tlp'],
    ];
    for (const [header, field] of cases)
      expect(suggestField(header), header).toEqual({ field, confidence: 'synonym' });
  });

  it('reads Chinese synonyms, width-insensitively and with qualifiers in brackets', () => {
    const cases: [string, string][] = [
      ['事件编号', 'external_id'],
      ['工单号', 'external_id'],
      ['事件时间(UTC)', 'occurred_at'],
      ['发生时间（北京时间）', 'occurred_at'],
      ['*发生时间：', 'occurred_at'],
      ['【必填】日期', 'occurred_at'],
      ['监测时间', 'detected_at'],
      ['通报时间', 'reported_at'],
      ['处置时间', 'closed_at'],
      ['事件分类', 'category'],
      ['细分类型', 'subcategory'],
      ['危害级别', 'severity'],
      ['处置状态', 'status'],
      ['事件名称', 'title'],
      ['事件描述', 'description'],
      ['受害网站', 'asset'],
      ['目标IP', 'asset_ip'],
      ['目标 ＩＰ 地址', 'asset_ip'],
      ['攻击者IP', 'attacker_ip'],
      ['源IP', 'attacker_ip'],
      ['所属地区', 'region'],
      ['国家', 'country'],
      ['所属行业', 'sector'],
      ['受害单位', 'victim_org'],
      ['报送单位', 'reporter'],
      ['数据来源', 'source'],
      ['标签', 'tags'],
      ['备注', 'notes'],
    ];
    for (const [header, field] of cases)
      expect(suggestField(header), header).toEqual({ field, confidence: 'synonym' });
  });

  it('proposes nothing for a row counter, an unknown header or an empty one', () => {
    for (const header of [
      '序号',
      'No.',
      '#',
      'S/N',
      'Assigned To',
      '结束时间',
      'Last Seen',
      '',
      '  ',
      '(UTC)',
    ]) {
      expect(suggestField(header), header).toBeNull();
    }
  });

  it('folds headers the way the lookup sees them', () => {
    expect(foldHeader('  Event-Time (UTC) ')).toBe('event time');
    expect(foldHeader('eventTime')).toBe('event time');
    expect(foldHeader('目标 IP')).toBe('目标ip');
    expect(foldHeader('ＳＲＣ＿ＩＰ')).toBe('src ip');
  });
});

describe('suggestMapping', () => {
  it('maps an English SOC export', () => {
    const headers = [
      'Incident ID',
      'Created',
      'Event Time',
      'Severity',
      'Status',
      'Category',
      'Title',
      'Description',
      'Source IP',
      'Destination IP',
      'Hostname',
      'Assigned To',
      'Tags',
    ];
    expect(suggestMapping(headers)).toEqual({
      fields: {
        external_id: 0,
        reported_at: 1,
        occurred_at: 2,
        severity: 3,
        status: 4,
        category: 5,
        title: 6,
        description: 7,
        attacker_ip: 8,
        asset_ip: 9,
        asset: 10,
        tags: 12,
      },
      unmapped: [11],
    });
  });

  it('maps a Chinese CERT export and leaves the row counter unmapped', () => {
    const headers = [
      '序号',
      '事件编号',
      '事件类型',
      '事件名称',
      '受害网站',
      'IP地址',
      '所属地区',
      '所属行业',
      '单位名称',
      '发现时间',
      '上报时间',
      '危害级别',
      '处置状态',
      '备注',
    ];
    expect(suggestMapping(headers)).toEqual({
      fields: {
        external_id: 1,
        category: 2,
        title: 3,
        asset: 4,
        asset_ip: 5,
        region: 6,
        sector: 7,
        victim_org: 8,
        detected_at: 9,
        reported_at: 10,
        severity: 11,
        status: 12,
        notes: 13,
      },
      unmapped: [0],
    });
  });

  it('gives a field to the more telling header when two columns look like it', () => {
    expect(suggestMapping(['时间', '发生时间'])).toEqual({ fields: { occurred_at: 1 }, unmapped: [0] });
    expect(suggestMapping(['ID', 'Incident ID', '编号'])).toEqual({
      fields: { external_id: 1 },
      unmapped: [0, 2],
    });
    expect(suggestMapping(['IP', '目标IP', '源IP'])).toEqual({
      fields: { asset_ip: 1, attacker_ip: 2 },
      unmapped: [0],
    });
  });

  it('gives a tie to the leftmost column', () => {
    expect(suggestMapping(['Date', 'Time'])).toEqual({ fields: { occurred_at: 0 }, unmapped: [1] });
    expect(suggestMapping(['事件时间(UTC)', '事件时间(北京时间)'])).toEqual({
      fields: { occurred_at: 0 },
      unmapped: [1],
    });
    expect(suggestMapping(['title', 'Title'])).toEqual({ fields: { title: 0 }, unmapped: [1] });
  });

  it('lets an exact field name win over any synonym, wherever it stands', () => {
    expect(suggestMapping(['Event Time', 'Time', 'occurred_at'])).toEqual({
      fields: { occurred_at: 2 },
      unmapped: [0, 1],
    });
    expect(suggestMapping(['事件描述', 'Description'])).toEqual({
      fields: { description: 1 },
      unmapped: [0],
    });
  });

  it('handles an empty header row', () => {
    expect(suggestMapping([])).toEqual({ fields: {}, unmapped: [] });
  });
});
