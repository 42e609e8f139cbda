import { Trans, useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../shared/incidentTypes';
import { formatUtcFull } from '../format/dateTime';

/** Where the incident came from: the file, its line, the import, when; and the source row as read. */
export function ProvenanceSection({ detail }: { detail: IncidentDetail }) {
  const { t } = useTranslation('incidents');
  const p = detail.provenance;
  return (
    <section className="pane-section" aria-labelledby="pane-provenance" data-testid="pane-provenance">
      <h3 id="pane-provenance">{t('provenance.title')}</h3>
      <dl className="field-list">
        <div className="field-row">
          <dt>{t('provenance.file')}</dt>
          <dd title={p.fileName}>{p.fileName}</dd>
        </div>
        <div className="field-row">
          <dt>{t('provenance.line')}</dt>
          <dd>{p.line}</dd>
        </div>
        <div className="field-row">
          <dt>{t('provenance.import')}</dt>
          <dd>
            {/* "anchor", not "link": <link> is a void element to the markup parser and would lose the text. */}
            <Trans
              t={t}
              i18nKey="provenance.importOn"
              values={{ id: p.importId, when: formatUtcFull(p.importedAt) }}
              components={{ anchor: <a href={`#/incidents?import=${String(p.importId)}`} /> }}
            />
          </dd>
        </div>
        <div className="field-row">
          <dt>{t('provenance.sha256')}</dt>
          <dd className="is-mono" title={p.sha256}>
            {p.sha256}
          </dd>
        </div>
      </dl>
      <h4 className="pane-subtitle">{t('provenance.sourceRow')}</h4>
      {detail.sourceColumns.length === 0 ? (
        <p className="muted">{t('provenance.sourceMissing')}</p>
      ) : (
        <table className="data-table source-row" data-testid="pane-source-row">
          <thead>
            <tr>
              <th scope="col">{t('provenance.column')}</th>
              <th scope="col">{t('provenance.value')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.sourceColumns.map((column, i) => (
              <tr key={`${String(i)}-${column.header}`}>
                <th scope="row" className="row-head" title={column.header}>
                  {column.header}
                </th>
                <td>
                  {/* A value may be a megabyte: the row stays a few lines tall and the value scrolls. */}
                  <div className="source-value">{column.value}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
