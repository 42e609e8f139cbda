import type { Paper, ReportFigures, ReportLanguage } from '../../../shared/report';
import { AlertsSection } from './AlertsSection';
import { BreakdownSection } from './BreakdownSection';
import { NotableSection } from './NotableSection';
import { QualitySection } from './QualitySection';
import { htmlLang } from './reportText';
import { StampSection } from './StampSection';
import { SummarySection } from './SummarySection';
import { TitleBlock } from './TitleBlock';
import { TrendSection } from './TrendSection';

interface Props {
  figures: ReportFigures;
  lang: ReportLanguage;
  paper: Paper;
  marking: string;
  title: string;
  organization: string;
  author: string;
  logo: string | null;
  issued: string;
  summary: string;
  commentary: string;
  /** Show the summary and commentary as fields (on screen; the print shows their text). */
  editing: boolean;
  onSummary: (text: string | null) => void;
  onCommentary: (text: string) => void;
}

/**
 * The report as it prints, on a sheet of the chosen paper. On paper the marking and page numbers are in
 * every page's margins (report.css); on screen the marking shows above and below the sheet.
 */
export function ReportDocument(props: Props) {
  const { figures, lang, paper, marking } = props;
  return (
    <article
      className={`report-doc paper-${paper}`}
      lang={htmlLang(lang)}
      data-testid="report-document"
      aria-labelledby="report-doc-title"
    >
      <p className="report-marking screen-only" data-testid="report-marking">
        {marking}
      </p>
      <TitleBlock
        figures={figures}
        lang={lang}
        title={props.title}
        organization={props.organization}
        author={props.author}
        logo={props.logo}
        issued={props.issued}
      />
      <SummarySection
        figures={figures}
        lang={lang}
        summary={props.summary}
        editing={props.editing}
        onEdit={props.onSummary}
      />
      <TrendSection figures={figures} lang={lang} />
      <BreakdownSection figures={figures} lang={lang} />
      <NotableSection figures={figures} lang={lang} />
      <AlertsSection figures={figures} lang={lang} />
      <QualitySection
        figures={figures}
        lang={lang}
        commentary={props.commentary}
        editing={props.editing}
        onCommentary={props.onCommentary}
      />
      <StampSection figures={figures} lang={lang} />
      <p className="report-marking screen-only">{marking}</p>
    </article>
  );
}
