import type { ReportLanguage } from '../../../shared/report';
import { countText, shareText } from './reportText';

export interface ShareRow {
  key: string;
  label: string;
  count: number;
  share: number;
}

interface Props {
  lang: ReportLanguage;
  caption: string;
  column: string;
  countLabel: string;
  shareLabel: string;
  rows: readonly ShareRow[];
  testId: string;
}

/**
 * A breakdown as a printed table: each value with its count, its share and a bar drawn by CSS (its
 * width set through the CSSOM, which the page's policy allows), relative to the largest. Names from
 * imports are text.
 */
export function ShareTable({ lang, caption, column, countLabel, shareLabel, rows, testId }: Props) {
  // Bars are scaled to the largest row, so small shares stay comparable with each other.
  const widest = Math.max(...rows.map((r) => r.share), 0);
  return (
    <table className="report-table report-share-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{column}</th>
          <th scope="col" className="num">
            {countLabel}
          </th>
          <th scope="col" className="num">
            {shareLabel}
          </th>
          <th scope="col" aria-hidden="true" className="report-bar-cell" />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="report-name-cell">
              {row.label}
            </th>
            <td className="num">{countText(row.count, lang)}</td>
            <td className="num">{shareText(row.share, lang)}</td>
            <td className="report-bar-cell" aria-hidden="true">
              <span
                className="report-bar"
                style={{ width: `${(widest === 0 ? 0 : (row.share / widest) * 100).toFixed(1)}%` }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
