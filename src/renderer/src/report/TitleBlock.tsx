import type { ReportFigures, ReportLanguage } from '../../../shared/report';
import { categoryName, dateLabel, periodLabel, words } from './reportText';

interface Props {
  figures: ReportFigures;
  lang: ReportLanguage;
  title: string;
  organization: string;
  author: string;
  /** A data: URL of the organization's logo, or null. */
  logo: string | null;
  issued: string;
}

/** The head of the first page: who issues the report, what it covers and when it was issued. */
export function TitleBlock({ figures, lang, title, organization, author, logo, issued }: Props) {
  const w = words(lang);
  const h = figures.headline;
  const categories = figures.query.categories;
  return (
    <header className="report-title-block" data-testid="report-title-block">
      <div className="report-issuer">
        {logo !== null ? <img className="report-logo" src={logo} alt="" data-testid="report-logo" /> : null}
        {organization !== '' ? <p className="report-organization">{organization}</p> : null}
      </div>
      <h1 className="report-title" id="report-doc-title" data-testid="report-title">
        {title}
      </h1>
      <dl className="report-facts">
        <div>
          <dt>{w('period')}</dt>
          <dd data-testid="report-period">{periodLabel(h.period, lang)}</dd>
        </div>
        <div>
          <dt>{w('comparison')}</dt>
          <dd>{periodLabel(h.comparison, lang)}</dd>
        </div>
        <div>
          <dt>{w('scope')}</dt>
          <dd>
            {categories.length === 0
              ? w('allCategories')
              : categories.map((c) => categoryName(c, lang)).join(w('categorySeparator'))}
          </dd>
        </div>
        <div>
          <dt>{w('issued')}</dt>
          <dd>{dateLabel(issued, lang)}</dd>
        </div>
        {author !== '' ? (
          <div>
            <dt>{w('author')}</dt>
            <dd>{author}</dd>
          </div>
        ) : null}
      </dl>
    </header>
  );
}
