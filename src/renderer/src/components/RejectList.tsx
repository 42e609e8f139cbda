import { useTranslation } from 'react-i18next';
import type { ImportReject } from '../../../shared/domain';
import { messageText } from '../../../shared/i18n/message';
import { currentLanguage } from '../i18n/instance';

/** Rows of an export are unbounded; the list shows the start of each, the tooltip a little more. */
const RAW_SHOWN = 160;
const RAW_TIP = 2000;

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** The reason in the window's language; a reject stored by an older Vigil has only its English one. */
function reasonOf(reject: ImportReject): string {
  return reject.reasonText === undefined ? reject.reason : messageText(reject.reasonText, currentLanguage());
}

/** Rejected lines with their reasons; the raw line is untrusted text and only ever shown as text. */
export function RejectList({
  rejects,
  total,
  caption,
}: {
  rejects: readonly ImportReject[];
  total: number;
  caption: string;
}) {
  const { t } = useTranslation('import');
  return (
    <table className="data-table reject-table">
      <caption>
        {total > rejects.length ? t('counts.firstOf', { caption, shown: rejects.length, total }) : caption}
      </caption>
      <thead>
        <tr>
          <th scope="col" className="col-line">
            {t('rejects.line')}
          </th>
          <th scope="col" className="col-reason">
            {t('rejects.reason')}
          </th>
          <th scope="col" className="col-raw">
            {t('rejects.raw')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rejects.map((reject) => (
          <tr key={reject.line}>
            <td className="col-line num">{reject.line}</td>
            <td className="col-reason">{reasonOf(reject)}</td>
            <td className="col-raw" title={clip(reject.raw, RAW_TIP)}>
              <code>{clip(reject.raw, RAW_SHOWN)}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
