// The keyboard shortcut sheet ("?"): a modal dialog, so focus stays in it and Esc closes it.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { VIEW_LINKS } from './viewOrder';

const GO_KEYS = {
  incidents: 'goIncidents',
  dashboard: 'goDashboard',
  import: 'goImport',
  alerts: 'goAlerts',
  report: 'goReport',
  settings: 'goSettings',
  help: 'goHelp',
} as const;

function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <>
      {keys.map((key, i) => (
        <span key={key}>
          {i > 0 ? ' ' : null}
          <kbd>{key}</kbd>
        </span>
      ))}
    </>
  );
}

export function ShortcutSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const table: readonly [readonly string[], string][] = [
    [['↑', '↓'], t('shortcuts.moveRow')],
    [['Enter'], t('shortcuts.openRow')],
    [['Space'], t('shortcuts.extendSelection')],
    [['Ctrl', 'A'], t('shortcuts.selectAll')],
    [['/'], t('shortcuts.focusSearch')],
  ];

  return (
    <dialog
      ref={dialog}
      className="shortcut-sheet"
      aria-labelledby="shortcut-sheet-title"
      data-testid="shortcut-sheet"
      onClose={onClose}
    >
      <h2 id="shortcut-sheet-title">{t('shortcuts.title')}</h2>
      <table className="data-table">
        <caption>{t('shortcuts.global')}</caption>
        <tbody>
          <tr>
            <th scope="row">
              <Keys keys={['?']} />
            </th>
            <td>{t('shortcuts.showSheet')}</td>
          </tr>
          <tr>
            <th scope="row">
              <Keys keys={['Esc']} />
            </th>
            <td>{t('shortcuts.closeSheet')}</td>
          </tr>
          {VIEW_LINKS.map((link, index) => (
            <tr key={link.view}>
              <th scope="row">{t('shortcuts.sequence', { first: 'g', second: String(index + 1) })}</th>
              <td>{t(`shortcuts.${GO_KEYS[link.view]}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table">
        <caption>{t('shortcuts.table')}</caption>
        <tbody>
          {table.map(([keys, what]) => (
            <tr key={what}>
              <th scope="row">
                <Keys keys={keys} />
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="button" data-testid="shortcut-sheet-close">
          {t('actions.close')}
        </button>
      </form>
    </dialog>
  );
}
