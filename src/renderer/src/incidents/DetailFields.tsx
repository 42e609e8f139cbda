// Every field of one incident, and the source columns no field took. All of it is untrusted text from
// an imported file: rendered as text only.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../shared/incidentTypes';
import { CategoryChip } from '../components/CategoryChip';
import { SeverityBadge } from '../components/SeverityBadge';
import { formatUtcFull } from '../format/dateTime';
import { statusWord } from './codeWords';
import { Highlighted } from './Highlighted';

function time(iso: string | null): string {
  return iso === null || iso === '' ? '' : formatUtcFull(iso);
}

/** The fields listed, in order; each one's name is `fields.label.<field>` in the catalog. */
type FieldName =
  | 'title'
  | 'description'
  | 'occurredAt'
  | 'detectedAt'
  | 'reportedAt'
  | 'closedAt'
  | 'category'
  | 'categoryRaw'
  | 'subcategory'
  | 'severity'
  | 'status'
  | 'tlp'
  | 'asset'
  | 'assetIp'
  | 'attackerIp'
  | 'region'
  | 'country'
  | 'sector'
  | 'victimOrg'
  | 'reporter'
  | 'source'
  | 'externalId'
  | 'tags'
  | 'notes'
  | 'id'
  | 'fingerprint'
  | 'createdAt'
  | 'updatedAt';

interface Row {
  field: FieldName;
  value: ReactNode;
  /** Long text keeps its line breaks. */
  long?: boolean;
}

function rows(d: IncidentDetail, pattern: RegExp | null): Row[] {
  return [
    { field: 'title', value: <Highlighted text={d.title} pattern={pattern} /> },
    { field: 'description', value: <Highlighted text={d.description} pattern={pattern} />, long: true },
    { field: 'occurredAt', value: time(d.occurredAt) },
    { field: 'detectedAt', value: time(d.detectedAt) },
    { field: 'reportedAt', value: time(d.reportedAt) },
    { field: 'closedAt', value: time(d.closedAt) },
    { field: 'category', value: <CategoryChip category={d.category} raw={d.categoryRaw} /> },
    { field: 'categoryRaw', value: d.categoryRaw },
    { field: 'subcategory', value: d.subcategory },
    { field: 'severity', value: <SeverityBadge severity={d.severity} /> },
    { field: 'status', value: statusWord(d.status) },
    { field: 'tlp', value: d.tlp },
    { field: 'asset', value: <Highlighted text={d.asset} pattern={pattern} /> },
    { field: 'assetIp', value: d.assetIp },
    { field: 'attackerIp', value: d.attackerIp },
    { field: 'region', value: d.region },
    { field: 'country', value: d.country },
    { field: 'sector', value: d.sector },
    { field: 'victimOrg', value: d.victimOrg },
    { field: 'reporter', value: d.reporter },
    { field: 'source', value: d.source },
    { field: 'externalId', value: d.externalId ?? '' },
    { field: 'tags', value: d.tags },
    { field: 'notes', value: d.notes, long: true },
    { field: 'id', value: String(d.id) },
    { field: 'fingerprint', value: d.fingerprint },
    { field: 'createdAt', value: time(d.createdAt) },
    { field: 'updatedAt', value: time(d.updatedAt) },
  ];
}

/** An empty value, shown as a dash rather than as nothing. */
const EMPTY = <span className="muted">—</span>;

export function DetailFields({ detail, pattern }: { detail: IncidentDetail; pattern: RegExp | null }) {
  const { t } = useTranslation('incidents');
  const extra = Object.entries(detail.extra);
  return (
    <>
      <section className="pane-section" aria-labelledby="pane-fields">
        <h3 id="pane-fields">{t('fields.title')}</h3>
        <dl className="field-list" data-testid="pane-fields">
          {rows(detail, pattern).map((row) => (
            <div key={row.field} className={row.long === true ? 'field-row is-long' : 'field-row'}>
              <dt>{t(`fields.label.${row.field}`)}</dt>
              <dd>{row.value === '' ? EMPTY : row.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="pane-section" aria-labelledby="pane-extra">
        <h3 id="pane-extra">{t('fields.extraTitle')}</h3>
        {extra.length === 0 ? (
          <p className="muted">{t('fields.allMapped')}</p>
        ) : (
          <dl className="field-list" data-testid="pane-extra">
            {extra.map(([header, value]) => (
              <div key={header} className="field-row">
                <dt title={header}>{header}</dt>
                <dd>{value === '' ? EMPTY : value}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </>
  );
}
