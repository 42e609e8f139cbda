import { useTranslation } from 'react-i18next';
import type { ImportRejects, SourceRejects } from '../../../shared/domain';
import { formatRoute } from '../app/route';
import { formatCount } from '../format/count';
import { sharePct } from '../format/percent';

interface Props {
  byImport: readonly ImportRejects[];
  bySource: readonly SourceRejects[];
}

/** Rows imports rejected, per import and per source: counted in no figure, whatever their dates. */
export function QualityRejects({ byImport, bySource }: Props) {
  const { t } = useTranslation(['dashboard', 'common']);
  if (byImport.length === 0) return <p className="muted">{t('quality.rejects.none')}</p>;
  return (
    <div className="quality-rejects">
      <table className="data-table" data-testid="quality-rejects-by-import">
        <caption>
          {t('quality.rejects.perImport')} <span className="muted">{t('quality.rejects.perImportNote')}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('quality.rejects.file')}</th>
            <th scope="col" className="num">
              {t('quality.rejects.rows')}
            </th>
            <th scope="col" className="num">
              {t('quality.rejects.rejected')}
            </th>
            <th scope="col" className="num">
              {t('share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {byImport.map((row) => (
            <tr key={row.importId}>
              <th scope="row" className="row-head label-text">
                {row.fileName}
              </th>
              <td className="num muted-num">{formatCount(row.rows)}</td>
              <td className="num">{formatCount(row.rejected)}</td>
              <td className="num">{sharePct(row.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="panel-foot">
        <a className="incidents-link" href={formatRoute({ view: 'import' })}>
          {t('quality.rejects.seeHistory')}
        </a>
      </p>
      <table className="data-table" data-testid="quality-rejects-by-source">
        <caption>{t('quality.rejects.perSource')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dimension.source')}</th>
            <th scope="col" className="num">
              {t('quality.rejects.rejected')}
            </th>
            <th scope="col" className="num">
              {t('quality.rejects.imports')}
            </th>
          </tr>
        </thead>
        <tbody>
          {bySource.map((row) => (
            <tr key={row.source ?? '\u0000unknown'}>
              <th scope="row" className="row-head label-text">
                {row.source === null ? (
                  // The import read its source from a column, and a rejected row was never parsed.
                  <span className="muted" title={t('quality.rejects.unknownSourceHint')}>
                    {t('quality.rejects.unknownSource')}
                  </span>
                ) : row.source === '' ? (
                  t('common:state.notGiven')
                ) : (
                  row.source
                )}
              </th>
              <td className="num">{formatCount(row.rejected)}</td>
              <td className="num muted-num">{formatCount(row.imports)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
