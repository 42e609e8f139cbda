import { useTranslation } from 'react-i18next';
import { columnLabel } from './columnOptions';

/** The file's columns no field uses: nothing is dropped, they are kept in each incident's extra data. */
export function ExtraColumns({
  headers,
  unmapped,
}: {
  headers: readonly string[];
  unmapped: readonly number[];
}) {
  const { t } = useTranslation('import');
  return (
    <div className="extra-columns">
      <span className="extra-title">{t('wizard.extra.title')}</span>{' '}
      {unmapped.length === 0 ? (
        <span className="muted">{t('wizard.extra.none')}</span>
      ) : (
        <ul className="code-list extra-list">
          {unmapped.map((index) => (
            <li key={index}>
              <code>{columnLabel(headers[index], index)}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
