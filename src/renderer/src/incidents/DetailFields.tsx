// Every field of one incident, and the source columns no field took. All of it is untrusted text from
// an imported file: rendered as text only.
import type { ReactNode } from 'react';
import type { IncidentDetail } from '../../../shared/incidentTypes';
import { CategoryChip } from '../components/CategoryChip';
import { SeverityBadge } from '../components/SeverityBadge';
import { formatUtcFull } from '../format/dateTime';
import { codeLabel } from '../format/label';
import { Highlighted } from './Highlighted';

function time(iso: string | null): string {
  return iso === null || iso === '' ? '' : formatUtcFull(iso);
}

interface Row {
  label: string;
  value: ReactNode;
  /** Long text keeps its line breaks. */
  long?: boolean;
}

function rows(d: IncidentDetail, pattern: RegExp | null): Row[] {
  return [
    { label: 'Title', value: <Highlighted text={d.title} pattern={pattern} /> },
    { label: 'Description', value: <Highlighted text={d.description} pattern={pattern} />, long: true },
    { label: 'Occurred', value: time(d.occurredAt) },
    { label: 'Detected', value: time(d.detectedAt) },
    { label: 'Reported', value: time(d.reportedAt) },
    { label: 'Closed', value: time(d.closedAt) },
    { label: 'Category', value: <CategoryChip category={d.category} raw={d.categoryRaw} /> },
    { label: 'Category as written', value: d.categoryRaw },
    { label: 'Subcategory', value: d.subcategory },
    { label: 'Severity', value: <SeverityBadge severity={d.severity} /> },
    { label: 'Status', value: codeLabel(d.status) },
    { label: 'TLP', value: d.tlp },
    { label: 'Asset', value: <Highlighted text={d.asset} pattern={pattern} /> },
    { label: 'Asset IP', value: d.assetIp },
    { label: 'Attacker IP', value: d.attackerIp },
    { label: 'Region', value: d.region },
    { label: 'Country', value: d.country },
    { label: 'Sector', value: d.sector },
    { label: 'Victim organization', value: d.victimOrg },
    { label: 'Reporter', value: d.reporter },
    { label: 'Source', value: d.source },
    { label: 'External ID', value: d.externalId ?? '' },
    { label: 'Tags', value: d.tags },
    { label: 'Notes', value: d.notes, long: true },
    { label: 'Vigil ID', value: String(d.id) },
    { label: 'Fingerprint', value: d.fingerprint },
    { label: 'Stored', value: time(d.createdAt) },
    { label: 'Last changed', value: time(d.updatedAt) },
  ];
}

export function DetailFields({ detail, pattern }: { detail: IncidentDetail; pattern: RegExp | null }) {
  const extra = Object.entries(detail.extra);
  return (
    <>
      <section className="pane-section" aria-labelledby="pane-fields">
        <h3 id="pane-fields">Fields</h3>
        <dl className="field-list" data-testid="pane-fields">
          {rows(detail, pattern).map((row) => (
            <div key={row.label} className={row.long === true ? 'field-row is-long' : 'field-row'}>
              <dt>{row.label}</dt>
              <dd>{row.value === '' ? <span className="muted">—</span> : row.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="pane-section" aria-labelledby="pane-extra">
        <h3 id="pane-extra">Other columns of the export</h3>
        {extra.length === 0 ? (
          <p className="muted">Every column of the export was mapped to a field.</p>
        ) : (
          <dl className="field-list" data-testid="pane-extra">
            {extra.map(([header, value]) => (
              <div key={header} className="field-row">
                <dt title={header}>{header}</dt>
                <dd>{value === '' ? <span className="muted">—</span> : value}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </>
  );
}
