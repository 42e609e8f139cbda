import type { ImportReject } from '../../../shared/domain';
import { formatCount } from '../format/count';

/** Rows of an export are unbounded; the list shows the start of each, the tooltip a little more. */
const RAW_SHOWN = 160;
const RAW_TIP = 2000;

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
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
  return (
    <table className="data-table reject-table">
      <caption>
        {caption}
        {total > rejects.length ? ` (first ${formatCount(rejects.length)} of ${formatCount(total)})` : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col" className="col-line">
            Line
          </th>
          <th scope="col" className="col-reason">
            Reason
          </th>
          <th scope="col" className="col-raw">
            Text of the line
          </th>
        </tr>
      </thead>
      <tbody>
        {rejects.map((reject) => (
          <tr key={reject.line}>
            <td className="col-line num">{reject.line}</td>
            <td className="col-reason">{reject.reason}</td>
            <td className="col-raw" title={clip(reject.raw, RAW_TIP)}>
              <code>{clip(reject.raw, RAW_SHOWN)}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
