// Which Vigil field a file's column most likely fills, from its header text, for the import mapping step
// to propose (the user confirms or changes it). Headers come from CERT/SOC exports in English and
// Chinese: "Event Time", "srcIP", "事件时间(UTC)", "*标题", "受害IP地址".
//
// A header is folded before lookup: NFKC (full-width forms, Ⅳ → IV), camelCase split, lower case,
// bracketed qualifiers dropped ("事件时间(UTC)" is 事件时间, "Time [local]" is time), and every run of
// punctuation, underscores or spaces made one space. Matching is then exact on the folded text: a
// contains-match would read "事件时间戳来源" or "Source IP count" as fields they are not.
//
// Each synonym has a strength, so that when two columns look like one field the more telling header
// wins: 3 for the field's own name, 2 for a specific synonym ("发生时间", "incident id"), 1 for a
// generic word that often means the field but may mean something else ("时间", "id", "name", "type").
import { IMPORT_FIELDS, type ImportField } from './fields';

type Strength = 1 | 2 | 3;
const EXACT: Strength = 3;
const SPECIFIC: Strength = 2;
const GENERIC: Strength = 1;

interface SynonymGroup {
  specific: readonly string[];
  generic?: readonly string[];
}

// Left out on purpose, so that they stay in `extra` rather than fill a field wrongly:
// - 序号, 行号, "no", "#", "s/n", "row": a spreadsheet row counter (1, 2, 3 …) renumbered on every export.
//   Taken as external_id, it would make incident 7 of this week's file a duplicate of incident 7 of
//   last week's, and dedupe would drop it. 编号 (an assigned number) is kept, as a generic synonym.
// - 结束时间 / "end time", "last seen", "updated": when an attack stopped or a row last changed is neither
//   when it was closed nor when it happened.
// - "state" means status here (its use in ticket exports), not a region of a country.
const SYNONYMS: Readonly<Record<ImportField, SynonymGroup>> = {
  external_id: {
    specific: [
      'incident id',
      'event id',
      'alert id',
      'case id',
      'ticket id',
      'ticket',
      'ticket no',
      'ticket number',
      'case number',
      'incident number',
      'incident no',
      'reference',
      'reference number',
      '事件编号',
      '事件id',
      '工单号',
      '工单编号',
      '案件编号',
      '通报编号',
      '告警编号',
      '告警id',
    ],
    generic: ['id', 'ref', 'uid', 'uuid', '编号', 'id号'],
  },
  source: {
    specific: ['data source', 'feed', 'feed name', 'source feed', '数据来源', '信息来源', '事件来源', '来源'],
    generic: ['provider', 'origin'],
  },
  occurred_at: {
    specific: [
      'event time',
      'event date',
      'incident time',
      'incident date',
      'occurred',
      'occurred on',
      'occurrence time',
      'occurrence date',
      'attack time',
      'timestamp',
      'datetime',
      'date time',
      'event timestamp',
      '发生时间',
      '事件时间',
      '事件发生时间',
      '发生日期',
      '事件日期',
      '攻击时间',
      '日期时间',
    ],
    generic: ['time', 'date', 'start time', '时间', '日期', '开始时间'],
  },
  detected_at: {
    specific: [
      'detected',
      'detected on',
      'detection time',
      'detection date',
      'first seen',
      'discovered',
      'discovery time',
      'discovered on',
      'alert time',
      '发现时间',
      '监测时间',
      '检测时间',
      '首次发现时间',
      '捕获时间',
      '告警时间',
      '发现日期',
    ],
  },
  reported_at: {
    specific: [
      'reported',
      'reported on',
      'report time',
      'report date',
      'submitted',
      'submission time',
      '上报时间',
      '报送时间',
      '通报时间',
      '报告时间',
      '提交时间',
      '上报日期',
      '通报日期',
    ],
    // When a ticket was opened is when the incident reached the desk: the nearest thing to a report time.
    generic: ['created', 'created on', 'creation time', 'create time', '创建时间'],
  },
  closed_at: {
    specific: [
      'closed',
      'closed on',
      'close time',
      'resolved',
      'resolved at',
      'resolved on',
      'resolution time',
      'resolution date',
      '处置时间',
      '关闭时间',
      '处置完成时间',
      '解决时间',
      '办结时间',
      '完成时间',
    ],
  },
  category: {
    specific: [
      'incident type',
      'event type',
      'alert type',
      'threat type',
      'attack type',
      'classification',
      'incident category',
      'event category',
      '事件类型',
      '事件分类',
      '事件类别',
      '事件大类',
      '攻击类型',
      '威胁类型',
      '一级分类',
    ],
    generic: ['type', 'kind', 'class', '类型', '类别', '分类'],
  },
  subcategory: {
    specific: [
      'sub category',
      'sub type',
      'subtype',
      'sub class',
      '子类',
      '子类型',
      '子类别',
      '细分类型',
      '事件小类',
      '二级分类',
      '事件子类',
    ],
  },
  severity: {
    specific: [
      'severity level',
      'risk level',
      'threat level',
      'criticality',
      '严重程度',
      '危害级别',
      '风险等级',
      '事件级别',
      '事件等级',
      '威胁等级',
      '危险等级',
      '严重级别',
      '告警级别',
      '危害程度',
    ],
    // Priority and urgency are not severity, but exports use them for the same four-step scale.
    generic: ['priority', 'sev', 'level', 'risk', 'urgency', 'impact', '级别', '等级', '优先级', '紧急程度'],
  },
  status: {
    specific: [
      'incident status',
      'ticket status',
      'case status',
      '处置状态',
      '处理状态',
      '事件状态',
      '工单状态',
      '状态',
    ],
    generic: ['state', 'progress', '进展'],
  },
  tlp: {
    specific: ['traffic light protocol', 'tlp level', 'tlp colour', 'tlp color', 'tlp标记', 'tlp等级'],
  },
  title: {
    specific: [
      'incident title',
      'event title',
      'incident name',
      'event name',
      'alert name',
      'subject',
      'summary',
      '标题',
      '事件标题',
      '事件名称',
      '告警名称',
      '主题',
    ],
    generic: ['name', 'headline', '名称'],
  },
  description: {
    specific: [
      'details',
      'detail',
      'desc',
      'incident description',
      'event description',
      'description of incident',
      '事件描述',
      '描述',
      '详情',
      '事件详情',
      '详细信息',
      '详细描述',
    ],
    generic: ['content', 'message', '内容'],
  },
  asset: {
    specific: [
      'affected asset',
      'affected host',
      'affected url',
      'affected website',
      'target url',
      'target domain',
      'target host',
      'hostname',
      'website',
      'url',
      'domain',
      '受影响目标',
      '受影响资产',
      '受害网站',
      '受影响网站',
      '被攻击网站',
      '受害目标',
      '网址',
      '域名',
      '网站',
      '网站地址',
      'url地址',
    ],
    generic: ['host', 'target', 'site', 'asset name', '目标', '资产', '主机'],
  },
  asset_ip: {
    specific: [
      'dst ip',
      'dest ip',
      'destination ip',
      'destination ip address',
      'dst ip address',
      'target ip',
      'target ip address',
      'victim ip',
      'affected ip',
      'host ip',
      'asset ip address',
      '目标ip',
      '目标ip地址',
      '受害ip',
      '受害ip地址',
      '目的ip',
      '目的ip地址',
      '受影响ip',
      '被攻击ip',
      '主机ip',
    ],
    generic: ['ip', 'ip address', 'dst', 'ip地址'],
  },
  attacker_ip: {
    specific: [
      'src ip',
      'source ip',
      'source ip address',
      'src ip address',
      'attacker ip',
      'attack ip',
      'attacker ip address',
      'malicious ip',
      'c2 ip',
      '攻击ip',
      '源ip',
      '源ip地址',
      '攻击者ip',
      '攻击源ip',
      '攻击ip地址',
      '攻击源',
      '恶意ip',
      '控制端ip',
    ],
    generic: ['attacker', 'src', '攻击者'],
  },
  region: {
    specific: ['province', '省份', '地区', '所属地区', '所属省份', '所在地区', '属地', '地域'],
    generic: ['area', 'city', '区域', '省', '城市', '地市'],
  },
  country: {
    specific: ['country code', 'country name', '国家', '国家地区', '国别', '所属国家'],
    generic: ['nation'],
  },
  sector: {
    specific: ['industry', '行业', '所属行业', '行业分类', '行业类型'],
    generic: ['vertical'],
  },
  victim_org: {
    specific: [
      'organization',
      'organisation',
      'victim',
      'victim organization',
      'victim organisation',
      'affected organization',
      'affected organisation',
      '受害单位',
      '单位名称',
      '受害组织',
      '受影响单位',
      '涉事单位',
      '所属单位',
    ],
    generic: ['org', 'company', 'customer', '单位'],
  },
  reporter: {
    specific: [
      'reported by',
      'submitted by',
      'submitter',
      '报送单位',
      '上报单位',
      '报告人',
      '上报人',
      '报送人',
      '报告单位',
    ],
  },
  tags: { specific: ['labels', 'tag', 'label', 'keywords', '标签', '关键词', '关键字'] },
  notes: {
    specific: ['note', 'comment', 'comments', 'remarks', 'remark', '备注', '附注', '备注信息'],
    generic: ['说明'],
  },
};

/** A header as the lookup sees it; '' when nothing of it is left. */
export function foldHeader(header: string): string {
  const text = header.normalize('NFKC');
  // Qualifiers in brackets ("(UTC)", "[必填]", "【北京时间】") say how, not what; keep them if that is all.
  const unbracketed = text.replace(/[([{<【〔「『][^)\]}>】〕」』]*[)\]}>】〕」』]/g, ' ');
  const kept = /[\p{L}\p{N}]/u.test(unbracketed) ? unbracketed : text;
  return (
    kept
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      // Chinese is written without spaces; "目标 IP" and "目标IP" are one header.
      .replace(/ (?=\p{Script=Han})|(?<=\p{Script=Han}) /gu, '')
  );
}

interface Match {
  field: ImportField;
  strength: Strength;
}

const INDEX: ReadonlyMap<string, Match> = (() => {
  const index = new Map<string, Match>();
  const add = (text: string, field: ImportField, strength: Strength): void => {
    const key = foldHeader(text);
    const earlier = index.get(key);
    // A list slip (one synonym under two fields) must fail loudly in tests, not pick silently.
    if (earlier !== undefined && earlier.field !== field) {
      throw new Error(`header synonym "${text}" is listed for both ${earlier.field} and ${field}`);
    }
    if (earlier === undefined || earlier.strength < strength) index.set(key, { field, strength });
  };
  for (const field of IMPORT_FIELDS) {
    const group = SYNONYMS[field];
    for (const text of group.generic ?? []) add(text, field, GENERIC);
    for (const text of group.specific) add(text, field, SPECIFIC);
    add(field.replace(/_/g, ' '), field, EXACT);
  }
  return index;
})();

function match(header: string): Match | null {
  return INDEX.get(foldHeader(header)) ?? null;
}

/** The field a header most likely names, with a confidence; null when none fits. Exact field names (any case, spaces, hyphens, camelCase) are 'exact'. */
export function suggestField(header: string): { field: ImportField; confidence: 'exact' | 'synonym' } | null {
  const found = match(header);
  if (found === null) return null;
  return { field: found.field, confidence: found.strength === EXACT ? 'exact' : 'synonym' };
}

/** A whole header row: each field proposed for at most one column (the best one; ties go to the leftmost), and the columns left unmapped. */
export function suggestMapping(headers: readonly string[]): {
  fields: Partial<Record<ImportField, number>>;
  unmapped: number[];
} {
  const fields: Partial<Record<ImportField, number>> = {};
  const best = new Map<ImportField, Strength>();
  headers.forEach((header, index) => {
    const found = match(header);
    if (found === null) return;
    const held = best.get(found.field);
    // Strictly stronger only: on a tie the column already held, the leftmost, keeps the field.
    if (held === undefined || found.strength > held) {
      fields[found.field] = index;
      best.set(found.field, found.strength);
    }
  });
  const mapped = new Set(Object.values(fields));
  const unmapped: number[] = [];
  for (let index = 0; index < headers.length; index++) if (!mapped.has(index)) unmapped.push(index);
  return { fields, unmapped };
}
