import { useTranslation } from 'react-i18next';
import type { Paper, SavedReport } from '../../../shared/report';
import { PrintButtons } from './PrintButtons';

interface Props {
  paper: Paper;
  fileName: string;
  saved: SavedReport | null;
  /** The figures shown are the saved report's own. */
  asSaved: boolean;
  canSave: boolean;
  saving: boolean;
  regenerating: boolean;
  onSave: () => void;
  onRegenerate: () => void;
}

/** Print, save, regenerate; on screen only, in the window's language. */
export function ReportActions(props: Props) {
  const { t } = useTranslation('report');
  const { saved } = props;
  const time = saved?.updatedAt.slice(0, 16).replace('T', ' ') ?? '';
  return (
    <div className="report-actions screen-only" role="group" aria-label={t('workspace.actions')}>
      <PrintButtons paper={props.paper} fileName={props.fileName} />
      <button
        type="button"
        className="button"
        data-testid="report-save"
        disabled={props.saving || !props.canSave}
        onClick={props.onSave}
      >
        {saved === null ? t('workspace.save') : t('workspace.saveChanges')}
      </button>
      {saved !== null ? (
        <button
          type="button"
          className="button"
          data-testid="report-regenerate"
          disabled={props.regenerating}
          onClick={props.onRegenerate}
        >
          {t('workspace.regenerate')}
        </button>
      ) : null}
      {saved !== null ? (
        <span className="muted" data-testid="report-saved-note">
          {props.asSaved ? t('workspace.savedAtAsSaved', { time }) : t('workspace.savedAt', { time })}
        </span>
      ) : null}
    </div>
  );
}
